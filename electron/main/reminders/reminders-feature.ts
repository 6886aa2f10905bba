import type { Translator } from '../../shared/i18n/translator'
import { reminderSettings } from '../../shared/settings/reminders'
import type { SettingKey } from '../../shared/settings/schema'
import { systemTimeZone } from '../../shared/reminders/zoned-time'
import type { FeatureDeps } from '../core/feature'
import type { SettingsStore } from '../settings/settings-store'
import { BreakRepository } from './break-repository'
import { createManualWorld } from './manual-world'
import { MovementSessions } from './movement-sessions'
import { ReminderStateStore } from './reminder-state-store'
import type { ReminderWorld } from './reminder-world'
import { ReminderService, type ReminderSignal } from './reminder-service'
import { createReminderHandlers } from './reminders-handlers'

export interface RemindersFeatureDeps extends FeatureDeps {
  settings: SettingsStore
  /** Navigation and "the status moved on", for the page; records travel on the change bus. */
  signal: (event: ReminderSignal) => void
  /** The desktop; without one, reminders advance only when their manual timers are run. */
  world?: ReminderWorld | undefined
  /** Main's words now, for the notices' titles, bodies and buttons. */
  translator?: () => Translator
}

function isReminderSetting(key: SettingKey): boolean {
  return Object.hasOwn(reminderSettings.shape, key)
}

/**
 * Break reminders: the state machine run against the desktop (ReminderService), the break and
 * sitting records it writes (BreakRepository, which announces them as 'reminders' data), and
 * the pause and daily-reminder memory (ReminderStateStore). The service hears of reminder
 * settings from the change bus, whoever changed them: the Settings screen, a reset, an import.
 */
export function createRemindersFeature(deps: RemindersFeatureDeps) {
  const world = deps.world ?? createManualWorld(systemTimeZone())
  const breaks = new BreakRepository(deps.db, deps.changes)
  const service = new ReminderService({
    world,
    now: deps.now,
    signal: deps.signal,
    settings: () => deps.settings.read(),
    repository: breaks,
    state: new ReminderStateStore(deps.db),
    log: deps.log,
    movement: new MovementSessions(deps.db),
    ...(deps.translator ? { translator: deps.translator } : {}),
  })
  const stopListening = deps.changes.subscribe((change) => {
    if (change.kind === 'settings' && change.keys.some(isReminderSetting)) service.settingsChanged()
    if (change.kind === 'data' && change.domain === 'practice') service.practiceChanged()
  })
  const handlers = createReminderHandlers({
    service,
    repository: breaks,
    now: deps.now,
    timeZone: world.timeZone,
  })
  return {
    service,
    breaks,
    handlers,
    close: () => {
      stopListening()
      // The sitting stretch under way is written before the database closes.
      service.stop()
    },
  }
}
