import { readFileSync, statSync } from 'node:fs'
import type { ChannelName } from '../../../electron/shared/contract'

/**
 * Which tables each IPC channel may change: the oracle of the fuzz tests, written by hand from
 * what each request is for, not read from the code that serves it. A channel missing here, or a
 * table a channel changes that is not listed, fails the test.
 */
/**
 * Insights' rollups (migration 009): triggers keep them in the transaction of every write to
 * the ratings and practice sessions they sum up, so a channel that writes those rows writes them.
 */
const INSIGHT_ROLLUPS = [
  'rollup_rating_days',
  'rollup_region_days',
  'rollup_practice_days',
  // All-time totals (migration 012), kept by triggers on the day rollups above.
  'insight_region_totals',
  'insight_practice_totals',
]
const RATINGS = ['ratings', 'rating_regions', 'rating_tags', ...INSIGHT_ROLLUPS]
const REMINDER_RECORDS = ['break_events', 'sitting_spans', 'reminder_state', 'daily_reminder_log']
const NOTHING: string[] = []

export const TABLES_CHANNEL_MAY_CHANGE: Record<ChannelName, readonly string[]> = {
  'app:info': NOTHING,
  'app:dismissRecoveryNotice': NOTHING,

  'settings:get': NOTHING,
  'settings:update': ['settings'],
  'settings:reset': ['settings'],

  'practice:recordSession': [
    'practice_sessions',
    'rollup_practice_days',
    'insight_practice_totals',
  ],
  'practice:listSessions': NOTHING,
  'practice:listCustom': NOTHING,
  'practice:saveCustom': ['custom_practices'],
  'practice:deleteCustom': ['custom_practices'],
  'practice:streak': NOTHING,
  'practice:recordStopReason': ['practice_stop_reasons'],

  // A break command first brings the break timer up to the present, which may write the sitting
  // stretch that ended, a natural break, the pause or a daily reminder handled: reminder records
  // only, never settings or anything of another feature. Status and reports only read.
  'reminders:state': NOTHING,
  'reminders:snooze': REMINDER_RECORDS,
  'reminders:skip': REMINDER_RECORDS,
  'reminders:takeBreak': REMINDER_RECORDS,
  'reminders:startMovementBreak': REMINDER_RECORDS,
  'reminders:pause': REMINDER_RECORDS,
  'reminders:resume': REMINDER_RECORDS,
  'reminders:today': NOTHING,
  'reminders:week': NOTHING,
  'reminders:prompts': NOTHING,
  'reminders:testNotification': NOTHING,

  'log:addRating': RATINGS,
  'log:listRatings': NOTHING,
  'log:updateRating': RATINGS,
  'log:deleteRating': RATINGS,
  'log:restoreRating': RATINGS,
  'log:insights': NOTHING,
  'log:export': NOTHING,
  'log:previewImport': NOTHING,
  // An import adds records of every kind an export holds, and the settings when asked to.
  'log:commitImport': [
    ...RATINGS,
    'practice_sessions',
    'practice_stop_reasons',
    'custom_practices',
    'checkins',
    'break_events',
    'sitting_spans',
    'settings',
  ],
  'log:transferStatus': NOTHING,
  'log:cancelTransfer': NOTHING,

  'checkins:due': NOTHING,
  'checkins:list': NOTHING,
  'checkins:answer': ['checkins'],
  'checkins:skip': ['checkins'],
  'checkins:delete': ['checkins'],

  'report:data': NOTHING,
  'report:savePdf': NOTHING,
  'report:factors': NOTHING,
}

/**
 * The break reminders follow their settings. When a request changes them, the reminder
 * feature, which owns its records, writes what the change implies: a daily reminder added or
 * moved is marked as passed over for a time already gone today (daily-runner.ts), turning
 * reminders off or changing the hours ends the sitting stretch under way, and a pause that ran
 * out meanwhile is cleared. A request that changes no reminder setting has no such effect.
 */
const REACTION_TO_REMINDER_SETTINGS = REMINDER_RECORDS

function changesReminderSettings(channel: ChannelName, payload: unknown): boolean {
  if (channel === 'settings:reset') return true
  if (typeof payload !== 'object' || payload === null) return false
  if (channel === 'settings:update') {
    return Object.keys(payload).some((key) => key.startsWith('reminders'))
  }
  // An import applies the settings in its file when asked to: reminder settings among them.
  if (channel === 'log:commitImport' && 'applySettings' in payload) {
    // The file comes as its text, or as a path the import's worker reads.
    const file =
      'text' in payload
        ? String(payload.text)
        : 'path' in payload &&
            typeof payload.path === 'string' &&
            statSync(payload.path, { throwIfNoEntry: false })?.isFile() === true
          ? readFileSync(payload.path, 'utf8')
          : ''
    return payload.applySettings === true && file.includes('reminders')
  }
  return false
}

/** The tables a call changed that its channel, with this payload, may not change. */
export function trespasses(
  channel: ChannelName,
  payload: unknown,
  changed: readonly string[],
): string[] {
  const allowed = [
    ...TABLES_CHANNEL_MAY_CHANGE[channel],
    ...(changesReminderSettings(channel, payload) ? REACTION_TO_REMINDER_SETTINGS : []),
  ]
  return changed.filter((table) => !allowed.includes(table))
}
