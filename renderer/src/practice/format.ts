import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import type { Translator } from '../../../electron/shared/i18n/translator'
import type { PhaseKind } from '../../../electron/shared/practice/timeline'

/** What the pacer says during each phase of a breath, by message id. */
export const PHASE_LABELS: Record<PhaseKind, MessageKey> = {
  inhale: 'practice.phase.inhale',
  'top-up': 'practice.phase.topUp',
  'hold-in': 'practice.phase.hold',
  exhale: 'practice.phase.exhale',
  'hold-out': 'practice.phase.hold',
}

/** The translator's message lookup, which the helpers below format with. */
export type Translate = Translator['t']

/** 4:05 for minutes and seconds, 1:02:05 past an hour; rounds up so 0:00 means really done. */
export function formatClock(ms: number): string {
  const totalS = Math.max(0, Math.ceil(ms / 1000))
  const h = Math.floor(totalS / 3600)
  const m = Math.floor((totalS % 3600) / 60)
  const s = String(totalS % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** "12 min", "1 min 30 s", "45 s" in English: for summaries and lists. */
export function formatDuration(t: Translate, ms: number): string {
  const totalS = Math.round(ms / 1000)
  if (totalS < 60) return t('practice.duration.seconds', { seconds: totalS })
  const minutes = Math.floor(totalS / 60)
  const seconds = totalS % 60
  return seconds === 0
    ? t('practice.duration.minutes', { minutes })
    : t('practice.duration.minutesSeconds', { minutes, seconds })
}

export function formatLength(t: Translate, minutes: number): string {
  return Number.isInteger(minutes)
    ? t('practice.duration.minutes', { minutes })
    : formatDuration(t, minutes * 60_000)
}

/** "Mon 30 Nov, 14:20": a session's start in the locale's own words and clock. */
export function formatWhen(formatLocale: string, epochMs: number): string {
  return new Date(epochMs).toLocaleString(formatLocale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  })
}
