import type { DailyReminderSetting } from '../../shared/settings/reminders'
import {
  addDays,
  dateKey,
  localDateOf,
  minuteOfDay,
  weekdayOf,
  zonedToEpoch,
} from '../../shared/reminders/zoned-time'

/** A daily reminder missed while the computer slept is still worth showing if this fresh. */
export const DAILY_LATE_LIMIT_MS = 60 * 60_000

export interface Occurrence {
  at: number
  /** The local date it belongs to: a reminder fires once per local date. */
  localDate: string
}

export interface DailyDecision {
  reminder: DailyReminderSetting
  occurrence: Occurrence
  /** False when it is an hour or more late: it is marked as handled but not shown. */
  deliver: boolean
}

/** The most recent time the reminder was meant to fire, at or before `now`. */
export function latestOccurrence(
  reminder: DailyReminderSetting,
  now: number,
  timeZone: string,
): Occurrence | null {
  const today = localDateOf(now, timeZone)
  for (let back = 0; back <= 7; back++) {
    const date = addDays(today, -back)
    if (!reminder.days.includes(weekdayOf(date))) continue
    const at = zonedToEpoch(date, minuteOfDay(reminder.time), timeZone)
    if (at <= now) return { at, localDate: dateKey(date) }
  }
  return null
}

export function nextOccurrence(
  reminder: DailyReminderSetting,
  after: number,
  timeZone: string,
): number | null {
  const today = localDateOf(after, timeZone)
  for (let ahead = 0; ahead <= 8; ahead++) {
    const date = addDays(today, ahead)
    if (!reminder.days.includes(weekdayOf(date))) continue
    const at = zonedToEpoch(date, minuteOfDay(reminder.time), timeZone)
    if (at > after) return at
  }
  return null
}

/**
 * Which reminders to act on now. `handled` says whether a reminder already fired (or was
 * passed over) on a local date, which is stored, so a restart the same day does not repeat it.
 */
export function dailyDecisions(
  reminders: readonly DailyReminderSetting[],
  now: number,
  timeZone: string,
  handled: (id: string, localDate: string) => boolean,
): DailyDecision[] {
  const decisions: DailyDecision[] = []
  for (const reminder of reminders) {
    const occurrence = latestOccurrence(reminder, now, timeZone)
    if (!occurrence || handled(reminder.id, occurrence.localDate)) continue
    decisions.push({ reminder, occurrence, deliver: now - occurrence.at < DAILY_LATE_LIMIT_MS })
  }
  return decisions
}

export function nextDailyWake(
  reminders: readonly DailyReminderSetting[],
  now: number,
  timeZone: string,
): { at: number; reminder: DailyReminderSetting } | null {
  let best: { at: number; reminder: DailyReminderSetting } | null = null
  for (const reminder of reminders) {
    const at = nextOccurrence(reminder, now, timeZone)
    if (at !== null && (best === null || at < best.at)) best = { at, reminder }
  }
  return best
}

/** A reminder's identity for "is this one new or changed?" */
export function dailySignature(reminder: DailyReminderSetting): string {
  return `${reminder.id}|${reminder.time}|${[...reminder.days].sort().join(',')}`
}
