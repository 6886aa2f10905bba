import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { reminderStatus } from '../../support/reminder-status'

export const STATUS_NOW = Date.parse('2026-11-23T10:00:00Z')

/** A due break, with every limit off unless the test says otherwise. */
export function dueStatus(patch: Partial<ReminderStatus> = {}): ReminderStatus {
  return reminderStatus(STATUS_NOW, {
    phase: 'due',
    sittingSince: STATUS_NOW - 50 * 60_000,
    nextBreakAt: STATUS_NOW - 5 * 60_000,
    ...patch,
  })
}
