import type { Settings } from '../../shared/settings/schema'
import { ALWAYS, workingHoursAt, type HoursVerdict } from '../../shared/reminders/working-hours'
import { STRICT_SNOOZES_MAX } from '../../shared/settings/reminders'
import { dateKey, localDateOf } from '../../shared/reminders/zoned-time'
import type { MachineConfig } from './machine-types'
import type { QuietWanted } from './quiet-source'

const MINUTE = 60_000

/**
 * Working hours as a function of time, remembered between steps: the answer cannot change
 * before its own `nextChange`, so most steps skip the calendar arithmetic entirely.
 */
export function cachedWorkingHours(
  settings: Settings,
  timeZone: () => string,
): (t: number) => HoursVerdict {
  if (!settings.remindersWorkingHoursOn) return () => ALWAYS
  let cache: { from: number; zone: string; verdict: HoursVerdict } | null = null
  return (t) => {
    const zone = timeZone()
    if (
      cache &&
      cache.zone === zone &&
      t >= cache.from &&
      (cache.verdict.nextChange === null || t < cache.verdict.nextChange)
    ) {
      return cache.verdict
    }
    const verdict = workingHoursAt(t, settings.remindersWorkingHours, zone)
    cache = { from: t, zone, verdict }
    return verdict
  }
}

export function machineConfig(settings: Settings, timeZone: () => string): MachineConfig {
  return {
    enabled: settings.remindersEnabled,
    intervalMs: settings.remindersIntervalMin * MINUTE,
    breakMs: settings.remindersBreakMin * MINUTE,
    naturalBreakMs: settings.remindersNaturalBreakMin * MINUTE,
    headsUpMs: settings.remindersHeadsUpSec * 1000,
    snoozeMs: settings.remindersSnoozeMin * MINUTE,
    snoozeLimit: settings.remindersStrict
      ? Math.min(settings.remindersSnoozeLimit, STRICT_SNOOZES_MAX)
      : settings.remindersSnoozeLimit,
    creditShare: settings.remindersCreditPct / 100,
    strict: settings.remindersStrict,
    skipsPerDay: settings.remindersSkipsPerDay,
    lullWaitMs: settings.remindersLullWaitMin * MINUTE,
    microEveryMs: settings.remindersMicroEveryMin * MINUTE,
    sitStandMs: settings.remindersSitStandMin * MINUTE,
    dayKey: (t) => dateKey(localDateOf(t, timeZone())),
    workingHours: cachedWorkingHours(settings, timeZone),
  }
}

export function quietWanted(settings: Settings): QuietWanted {
  return {
    call: settings.remindersQuietCall,
    fullscreen: settings.remindersQuietFullscreen,
    dnd: settings.remindersQuietDnd,
    apps: settings.remindersQuietApps,
  }
}
