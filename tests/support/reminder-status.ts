import { DESKTOP_OK, type ReminderStatus } from '../../electron/shared/contract/reminders'

const MIN = 60_000

/**
 * A reminder status at `now`: sitting for 20 minutes with the next break in 25, every limit
 * off, the desktop working. Tests override only what they are about.
 */
export function reminderStatus(now: number, patch: Partial<ReminderStatus> = {}): ReminderStatus {
  return {
    phase: 'sitting',
    now,
    sittingSince: now - 20 * MIN,
    nextBreakAt: now + 25 * MIN,
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
    posture: null,
    idleDetection: 'working',
    notificationActions: false,
    nextDaily: null,
    desktop: DESKTOP_OK,
    ...patch,
  }
}
