/**
 * Session time from a monotonic clock (performance.now() in the app): an anchor set at the
 * start and shifted by pauses and jumps. Nothing counts ticks, so a window that was hidden
 * or a machine that stalled for minutes reads the right time the moment it looks again.
 */
export class SessionClock {
  private anchor: number
  private pausedAt: number | null = null
  /** Running time excluding pauses, unaffected by next/previous jumps. */
  private activeBefore = 0
  private runningSince: number | null

  constructor(private readonly now: () => number) {
    const start = now()
    this.anchor = start
    this.runningSince = start
  }

  get paused(): boolean {
    return this.pausedAt !== null
  }

  /** Where the session is, in ms since its start (pauses excluded, jumps included). */
  elapsed(): number {
    return (this.pausedAt ?? this.now()) - this.anchor
  }

  /** How long the user has actually practised: running time, pauses excluded. */
  activeMs(): number {
    const running = this.runningSince === null ? 0 : this.now() - this.runningSince
    return this.activeBefore + running
  }

  /**
   * Stops the clock, by default now. `at` may name an earlier moment, such as the planned end
   * that a throttled page noticed late; the time after it then counts for nothing.
   */
  pause(at: number = this.now()): void {
    if (this.pausedAt !== null) return
    const since = this.runningSince ?? at
    const when = Math.max(at, since)
    this.pausedAt = when
    this.activeBefore += when - since
    this.runningSince = null
  }

  resume(): void {
    if (this.pausedAt === null) return
    const now = this.now()
    this.anchor += now - this.pausedAt
    this.pausedAt = null
    this.runningSince = now
  }

  /** Moves the session position to `elapsedMs` (next / previous step). */
  seek(elapsedMs: number): void {
    const now = this.pausedAt ?? this.now()
    this.anchor = now - elapsedMs
  }

  /** The monotonic time at which the session position will reach `elapsedMs`. */
  monotonicAt(elapsedMs: number): number {
    return this.anchor + elapsedMs
  }
}
