import type { PhaseKind } from '../../../electron/shared/practice/timeline'

export const PHASE_LABELS: Record<PhaseKind, string> = {
  inhale: 'Breathe in',
  'top-up': 'Sip in a little more',
  'hold-in': 'Hold',
  exhale: 'Breathe out',
  'hold-out': 'Hold',
}

/** 4:05 for minutes and seconds, 1:02:05 past an hour; rounds up so 0:00 means really done. */
export function formatClock(ms: number): string {
  const totalS = Math.max(0, Math.ceil(ms / 1000))
  const h = Math.floor(totalS / 3600)
  const m = Math.floor((totalS % 3600) / 60)
  const s = String(totalS % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** "12 min", "1 min 30 s", "45 s": for summaries and lists. */
export function formatDuration(ms: number): string {
  const totalS = Math.round(ms / 1000)
  if (totalS < 60) return `${totalS} s`
  const m = Math.floor(totalS / 60)
  const s = totalS % 60
  return s === 0 ? `${m} min` : `${m} min ${s} s`
}

export function formatLength(minutes: number): string {
  return Number.isInteger(minutes) ? `${minutes} min` : formatDuration(minutes * 60_000)
}

export function formatWhen(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  })
}
