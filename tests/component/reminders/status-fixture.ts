import { DESKTOP_OK, type ReminderStatus } from '../../../electron/shared/contract/reminders'

export const STATUS_NOW = Date.parse('2026-11-23T10:00:00Z')

/** A due break, with every limit off unless the test says otherwise. */
export function dueStatus(patch: Partial<ReminderStatus> = {}): ReminderStatus {
  return {
    phase: 'due',
    now: STATUS_NOW,
    sittingSince: STATUS_NOW - 50 * 60_000,
    nextBreakAt: STATUS_NOW - 5 * 60_000,
    breakEndsAt: null,
    pausedUntil: null,
    pausedIndefinitely: false,
    offHoursUntil: null,
    snoozesLeft: 2,
    snoozeMin: 5,
    strict: false,
    skipsLeftToday: null,
    askPostponeReason: false,
    waitingForLullUntil: null,
    quiet: null,
    idleDetection: 'working',
    notificationActions: false,
    nextDaily: null,
    desktop: DESKTOP_OK,
    ...patch,
  }
}
