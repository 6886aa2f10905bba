import type { PauseOption } from '../../shared/contract/reminders'
import { nextMorning } from '../../shared/reminders/working-hours'
import type { Settings } from '../../shared/settings/schema'

const MINUTE = 60_000
const PAUSE_MS: Record<Exclude<PauseOption, 'tomorrow' | 'indefinitely'>, number> = {
  '30m': 30 * MINUTE,
  '1h': 60 * MINUTE,
  '2h': 120 * MINUTE,
}
/** "Until tomorrow" without working hours ends at 08:00. */
const MORNING_FALLBACK_MINUTE = 8 * 60

export type PauseRequest = { until: number | null; relative: boolean }

/**
 * When a pause the person chose ends: a deadline (absolute; `relative` pauses count from now),
 * the start of tomorrow's working hours, or never.
 */
export function pauseRequest(
  option: PauseOption,
  now: number,
  settings: Pick<Settings, 'remindersWorkingHoursOn' | 'remindersWorkingHours'>,
  timeZone: string,
): PauseRequest {
  if (option === 'indefinitely') return { until: null, relative: false }
  if (option === 'tomorrow') {
    const hours = settings.remindersWorkingHoursOn ? settings.remindersWorkingHours : null
    return { until: nextMorning(now, hours, timeZone, MORNING_FALLBACK_MINUTE), relative: false }
  }
  return { until: now + PAUSE_MS[option], relative: true }
}
