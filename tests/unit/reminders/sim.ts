import { defaultSettings, type Settings } from '../../../electron/shared/settings/schema'
import { machineConfig } from '../../../electron/main/reminders/config'
import { initialState, step } from '../../../electron/main/reminders/machine'
import type {
  Effect,
  MachineConfig,
  MachineInput,
  MachineState,
} from '../../../electron/main/reminders/machine-types'
import { sayMessage } from '../../../electron/shared/text/phrase'

export const MIN = 60_000
export const HOUR = 60 * MIN

/** A person's day: when they are away from the keyboard. Otherwise they type every few seconds. */
export class FakeUser {
  private readonly absences: [number, number][] = []
  idleAlwaysZero = false
  away(from: number, to: number): this {
    this.absences.push([from, to])
    return this
  }
  idleAt = (t: number): number => {
    if (this.idleAlwaysZero) return 0
    let lastInput = t - (Math.floor(t / 1000) % 7) * 1000
    for (const [from, to] of this.absences) {
      if (t >= from && t < to) return t - from
      if (t >= to && to > lastInput) lastInput = to
    }
    return t - lastInput
  }
}

/**
 * Drives the machine the way the service does: the timer fires at the requested wall time, reads
 * idle, steps. `sleep` moves time with the process stopped; `jumpClock` moves only the wall clock.
 */
export class Sim {
  state: MachineState
  cfg: MachineConfig
  now: number
  wakeAt: number | null = null
  wakeups = 0
  readonly effects: (Effect & { at: number })[] = []
  lastRefusal: string | null = null

  constructor(
    start: number,
    readonly user = new FakeUser(),
    settings: Partial<Settings> = {},
    readonly timeZone = 'UTC',
  ) {
    this.now = start
    this.cfg = machineConfig({ ...defaultSettings, ...settings }, () => this.timeZone)
    this.state = initialState(start, this.cfg, null)
    this.apply({ type: 'tick', idleMs: null })
  }

  apply(input: MachineInput): void {
    const result = step(this.state, input, this.now, this.cfg)
    this.state = result.state
    this.wakeAt = result.wakeAt
    // The machine refuses with a message id; people read it in words.
    this.lastRefusal = result.refused === null ? null : sayMessage(result.refused)
    for (const effect of result.effects) this.effects.push({ ...effect, at: this.now })
  }

  /** The quiet source reads `reason` from now on (null: nothing asks for quiet). */
  quiet(
    reason: 'call' | 'fullscreen' | 'focus-app' | 'do-not-disturb' | null,
    detail = null,
  ): void {
    this.apply({ type: 'quiet', reason, detail })
  }

  /** Lets time pass with the machine awake, firing its timer whenever it asks. */
  runUntil(t: number): void {
    while (this.wakeAt !== null && this.wakeAt <= t) {
      this.now = Math.max(this.now, this.wakeAt)
      this.wakeups += 1
      this.apply({ type: 'tick', idleMs: this.user.idleAt(this.now), scheduled: true })
    }
    this.now = t
  }

  run(ms: number): void {
    this.runUntil(this.now + ms)
  }

  /** The process stops for `ms`; the overdue timer fires on waking. */
  sleep(ms: number, withEvents = true): void {
    if (withEvents) this.apply({ type: 'suspend' })
    this.now += ms
    if (withEvents) this.apply({ type: 'resume' })
    this.wakeups += 1
    this.apply({ type: 'tick', idleMs: this.user.idleAt(this.now), scheduled: true })
  }

  /** The wall clock is set by `delta`; timers keep their real (monotonic) delay. */
  jumpClock(delta: number): void {
    this.now += delta
    if (this.wakeAt !== null) this.wakeAt += delta
  }

  reconfigure(settings: Partial<Settings>): void {
    this.cfg = machineConfig({ ...defaultSettings, ...settings }, () => this.timeZone)
    this.apply({ type: 'reconfigure' })
  }

  notifications(kind?: 'due' | 'heads-up') {
    return this.effects.filter(
      (e): e is Extract<Effect, { type: 'notify' }> & { at: number } =>
        e.type === 'notify' && (kind === undefined || e.kind === kind),
    )
  }

  /** Break records; without a kind, every one but the prompts (see `prompts`). */
  breaks(kind?: string) {
    return this.effects.filter(
      (e): e is Extract<Effect, { type: 'record-break' }> & { at: number } =>
        e.type === 'record-break' && (kind === undefined ? e.kind !== 'prompt' : e.kind === kind),
    )
  }

  /** The due reminders recorded as prompts (durationMs: how long each waited for a pause). */
  prompts() {
    return this.breaks('prompt')
  }

  spans() {
    return this.effects.filter(
      (e): e is Extract<Effect, { type: 'record-span' }> & { at: number } =>
        e.type === 'record-span',
    )
  }
}
