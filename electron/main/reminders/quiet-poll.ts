import {
  wantsAnything,
  type QuietReading,
  type QuietSource,
  type QuietWanted,
} from './quiet-source'

/** How often the quiet source is asked at most, however often the reminder timer wakes. */
export const QUIET_READ_MS = 30_000

type Known = { reason: QuietReading['reason']; detail: string | null } | null

export interface QuietPollDeps {
  source: QuietSource | undefined
  now: () => number
  log: { error(message: string, error: unknown): void }
  /** Told a new answer: a reason to hold reminders back, or null when the quiet time is over. */
  changed: (reading: QuietReading | null) => void
}

/**
 * Asks the quiet source, only when the reminder machine's own timer woke it (about once a
 * minute at most while counting) and never twice at once. Only a changed answer is told; the
 * same answer does nothing.
 */
export class QuietPoll {
  private reading = false
  private readAt = Number.NEGATIVE_INFINITY

  constructor(private readonly deps: QuietPollDeps) {}

  /** `known` is read again when the answer arrives: the machine may have moved meanwhile. */
  check(wanted: QuietWanted, counting: boolean, known: () => Known): void {
    const { source } = this.deps
    if (!source || !counting || this.reading) {
      if (known() && (!counting || !wantsAnything(wanted))) this.deps.changed(null)
      return
    }
    if (!wantsAnything(wanted)) {
      if (known()) this.deps.changed(null)
      return
    }
    // While waiting for a pause in typing the timer wakes every few seconds; the source
    // (processes, the bus) is asked at most every QUIET_READ_MS all the same.
    const now = this.deps.now()
    if (now - this.readAt < QUIET_READ_MS && now >= this.readAt) return
    this.readAt = now
    this.reading = true
    void source
      .read(wanted)
      .catch((error: unknown) => {
        this.deps.log.error('Reading the quiet times failed', error)
        return null
      })
      .then((reading) => {
        this.reading = false
        const was = known()
        const same =
          (reading === null && was === null) ||
          (reading !== null &&
            was !== null &&
            reading.reason === was.reason &&
            reading.detail === was.detail)
        if (!same) this.deps.changed(reading)
      })
  }
}
