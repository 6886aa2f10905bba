/**
 * A running session saves a checkpoint at least this often (every minute, and at each step);
 * after this long without one, its page is taken to be gone (crashed, closed, killed).
 */
export const RUNNING_LEASE_MS = 3 * 60_000

/** Starts a one-off timer; the returned function cancels it. */
export type StartTimer = (run: () => void, ms: number) => () => void

export interface SessionActivityOptions {
  /** Told `true` when a first session starts running and `false` when none runs any more. */
  onChange?: ((active: boolean) => void) | undefined
  log?: { error(message: string, error: unknown): void } | undefined
  startTimer?: StartTimer
}

const startRealTimer: StartTimer = (run, ms) => {
  const timer = setTimeout(run, ms)
  // A pending lease must never keep the process alive on its own.
  timer.unref()
  return () => clearTimeout(timer)
}

/**
 * Whether any practice session is running, from the sessions' own saves: a checkpoint marked
 * `running` starts or renews a session's lease, any other save ends it, and a lease not renewed
 * in time runs out. Electron's composition root turns the signal into a power-save blocker.
 */
export class SessionActivity {
  private readonly leases = new Map<string, () => void>()
  private readonly startTimer: StartTimer

  constructor(private readonly options: SessionActivityOptions = {}) {
    this.startTimer = options.startTimer ?? startRealTimer
  }

  get active(): boolean {
    return this.leases.size > 0
  }

  /** Follows one accepted save of session `id`. */
  saw(id: string, running: boolean): void {
    const before = this.active
    this.leases.get(id)?.()
    this.leases.delete(id)
    if (running) {
      this.leases.set(
        id,
        this.startTimer(() => this.expire(id), RUNNING_LEASE_MS),
      )
    }
    this.announce(before)
  }

  private expire(id: string): void {
    const before = this.active
    this.leases.delete(id)
    this.announce(before)
  }

  private announce(before: boolean): void {
    const now = this.active
    if (now === before || !this.options.onChange) return
    try {
      this.options.onChange(now)
    } catch (error) {
      // The session is saved either way; a listener's failure must not undo that for the page.
      this.options.log?.error('The practice activity listener failed', error)
    }
  }
}
