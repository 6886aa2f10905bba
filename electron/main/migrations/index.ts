import type { Migration } from './migration'
import { settingsMigration } from './001-settings'
import { ratingsMigration } from './002-ratings'
import { practiceMigration } from './003-practice'
import { remindersMigration } from './004-reminders'
import { logExtrasMigration } from './005-log'
import { globalIdsMigration } from './006-global-ids'
import { breakOutcomesMigration } from './007-break-outcomes'
import { checkinsMigration } from './008-checkins'
import { insightRollupsMigration } from './009-insight-rollups'
import { practiceStopReasonsMigration } from './010-practice-stop-reasons'
import { sittingSpansByStartMigration } from './011-sitting-spans-by-start'
import { insightTotalsMigration } from './012-insight-totals'

/** Append only: a released migration is never edited, a change gets a new number. */
export const migrations: readonly Migration[] = [
  settingsMigration,
  ratingsMigration,
  practiceMigration,
  remindersMigration,
  logExtrasMigration,
  globalIdsMigration,
  breakOutcomesMigration,
  checkinsMigration,
  insightRollupsMigration,
  practiceStopReasonsMigration,
  sittingSpansByStartMigration,
  insightTotalsMigration,
]

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0)
