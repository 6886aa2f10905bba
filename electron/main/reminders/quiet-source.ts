import type { QuietReason } from '../../shared/contract/reminders'

export type { QuietReason }

/** Which quiet times the user wants reminders to wait for (each a setting). */
export interface QuietWanted {
  /** Camera or microphone in use. */
  call: boolean
  /** Another app fullscreen (a presentation, a video). */
  fullscreen: boolean
  /** The desktop's Do Not Disturb / Focus. */
  dnd: boolean
  /** Apps (window class or process name, compared without case) that mean "not now" in front. */
  apps: readonly string[]
}

export interface QuietReading {
  reason: QuietReason
  /** The app in front, for 'focus-app'; otherwise null. */
  detail: string | null
}

/**
 * Tells whether now is a quiet time. One interface for every platform's signals; each probe
 * lives in electron/main/shell/ behind it, and tests use a fake. The reminder service asks only
 * when its own timer wakes it (at most about once a minute), never on a timer of the source's.
 */
export interface QuietSource {
  /** Reads what is wanted, most telling reason first; null when nothing asks for quiet. Never rejects. */
  read(wanted: QuietWanted): Promise<QuietReading | null>
}

export function wantsAnything(w: QuietWanted): boolean {
  return w.call || w.fullscreen || w.dnd || w.apps.length > 0
}

/** A quiet source set by hand: the unit and browser tests' stand-in for the desktop's signals. */
export class FakeQuietSource implements QuietSource {
  reading: QuietReading | null = null
  reads = 0
  read(wanted: QuietWanted): Promise<QuietReading | null> {
    this.reads += 1
    const r = this.reading
    if (!r) return Promise.resolve(null)
    const on =
      (r.reason === 'call' && wanted.call) ||
      (r.reason === 'fullscreen' && wanted.fullscreen) ||
      (r.reason === 'do-not-disturb' && wanted.dnd) ||
      (r.reason === 'focus-app' &&
        wanted.apps.some((a) => a.toLowerCase() === (r.detail ?? '').toLowerCase()))
    return Promise.resolve(on ? r : null)
  }
}
