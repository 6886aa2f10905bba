import {
  cuesBetween,
  stateAt,
  stepStartMs,
  type Cue,
  type PracticeState,
} from '../../../electron/shared/practice/engine'
import { SessionClock } from '../../../electron/shared/practice/session-clock'
import type { PhaseKind, Timeline } from '../../../electron/shared/practice/timeline'

/**
 * Cues later than this are not played as they were due: after the window was hidden, the
 * renderer throttled or the machine asleep, the player lands on the right step instead of
 * firing a burst. It is wider than a throttled background timer's one-second tick.
 */
export const CUE_LATE_WINDOW_MS = 1500
/** With no cue or boundary coming sooner, the player still looks at the time this often. */
const HEARTBEAT_MS = 1000
/** "Previous" within this long of a step's start goes to the step before; later, to its start. */
const RESTART_STEP_WITHIN_MS = 3000

export type PlayerStatus = 'running' | 'paused' | 'completed' | 'stopped'

/** A cue as it is played; `lateMs` marks a bell caught up after the page was held back. */
export type PlayedCue = Cue & { lateMs?: number }

/** What the words on screen depend on; it changes a few times per breath, not per frame. */
export interface PlayerView {
  status: PlayerStatus
  stepIndex: number
  phase: PhaseKind | null
  /** Counts breaths, so two inhales in a row still read as a change. */
  breathKey: string
}

export interface PlayerDeps {
  /** Monotonic milliseconds (performance.now()). */
  now: () => number
  setTimer: (run: () => void, ms: number) => number
  clearTimer: (handle: number) => void
  onCue?: (cue: PlayedCue) => void
  onView?: (view: PlayerView) => void
}

export class PlayerController {
  readonly clock: SessionClock
  private lastMs = -1
  private timer: number | null = null
  private view: PlayerView
  private endedAt: number | null = null
  private statusValue: PlayerStatus = 'running'
  private viewListener: ((view: PlayerView) => void) | null = null
  private cueListener: ((cue: PlayedCue) => void) | null = null
  private tickListener: (() => void) | null = null

  constructor(
    readonly timeline: Timeline,
    private readonly deps: PlayerDeps,
  ) {
    this.clock = new SessionClock(deps.now)
    this.view = this.viewOf(stateAt(timeline, 0))
  }

  /** Adds a listener for view changes (the React layer attaches after construction). */
  listen(listener: (view: PlayerView) => void): void {
    this.viewListener = listener
  }

  /** Adds a listener for cues as they fall due (audio, speech). */
  listenCues(listener: (cue: PlayedCue) => void): void {
    this.cueListener = listener
  }

  /** Adds a listener told after every look at the time (at least once a second while running). */
  listenTicks(listener: () => void): void {
    this.tickListener = listener
  }

  /** Plays the opening cues and starts keeping time; call once, right after construction. */
  start(): void {
    this.tick()
  }

  get status(): PlayerStatus {
    return this.statusValue
  }

  /**
   * Monotonic time the session ended: the planned end for a completed timed session, even when
   * the page noticed it late; the moment of stopping or finishing otherwise.
   */
  get endedAtMonotonic(): number | null {
    return this.endedAt
  }

  state(): PracticeState {
    return stateAt(this.timeline, this.clock.elapsed())
  }

  /**
   * Reads the time, plays due cues, notices step and phase changes. Safe to call any time.
   * At the planned end the views hear first (the session's final save goes out in this very
   * tick) and the end bell rings right after: starting a sound takes the page milliseconds
   * that the save should not wait for, while the save's sending costs the bell well under one.
   */
  tick(): PracticeState {
    const state = this.state()
    if (this.statusValue === 'running') {
      const due = this.dueCues(state.elapsedMs)
      this.lastMs = state.elapsedMs
      if (state.done) {
        this.complete()
        this.publish(state)
      }
      for (const cue of due) this.emit(cue)
    }
    this.publish(state)
    this.schedule(state)
    this.tickListener?.()
    return state
  }

  pause(): void {
    if (!this.catchUp()) return
    this.clock.pause()
    this.statusValue = 'paused'
    this.tick()
  }

  resume(): void {
    if (this.statusValue !== 'paused') return
    this.clock.resume()
    this.statusValue = 'running'
    this.tick()
  }

  togglePause(): void {
    if (this.statusValue === 'running') this.pause()
    else this.resume()
  }

  next(): void {
    const { stepIndex } = this.state()
    if (stepIndex >= this.timeline.steps.length - 1) return
    this.jumpTo(stepStartMs(this.timeline, stepIndex + 1))
  }

  previous(): void {
    const { stepIndex, stepElapsedMs } = this.state()
    const target = stepElapsedMs > RESTART_STEP_WITHIN_MS ? stepIndex : stepIndex - 1
    this.jumpTo(stepStartMs(this.timeline, target))
  }

  /** Ends the session early; it still counts for the time practised. */
  stop(): void {
    if (!this.catchUp() && this.statusValue !== 'paused') return
    this.clock.pause()
    this.statusValue = 'stopped'
    this.endedAt = this.deps.now()
    this.tick()
  }

  /**
   * For open-ended sessions: the user says they are done, which is a completion. The end bell
   * (if chosen) rings now, since an open-ended timeline has no end for it to fall due at.
   */
  finish(): void {
    if (!this.catchUp() && this.statusValue !== 'paused') return
    this.clock.pause()
    this.statusValue = 'completed'
    this.endedAt = this.deps.now()
    if (this.timeline.totalMs === null && this.timeline.endBell) {
      this.emit({ atMs: this.clock.elapsed(), kind: 'bell', bell: 'end' })
    }
    this.tick()
  }

  dispose(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer)
    this.timer = null
  }

  /**
   * Before acting on a press, looks at the time: a session whose end passed while the page was
   * held back completes as planned instead of being paused or stopped past its end.
   * True while it is still running.
   */
  private catchUp(): boolean {
    if (this.statusValue === 'running') this.tick()
    return this.statusValue === 'running'
  }

  /**
   * The cues that fell due since the last look, to play now. Those due long ago are not
   * replayed, but one bell among them, the latest, still rings, marked late: a bell never goes
   * unheard because the page was held back, and a long gap never brings a burst of them.
   */
  private dueCues(elapsedMs: number): PlayedCue[] {
    const looked = this.clock.elapsed()
    const due = cuesBetween(this.timeline, this.lastMs, elapsedMs)
    const late = (cue: Cue) => looked - cue.atMs > CUE_LATE_WINDOW_MS
    const caughtUp = due.findLast((cue) => cue.kind === 'bell' && late(cue))
    const onTime = due.filter((cue) => !late(cue))
    return caughtUp
      ? [{ ...caughtUp, lateMs: Math.round(looked - caughtUp.atMs) }, ...onTime]
      : onTime
  }

  /** A timed session reached its end: it ends at the planned moment, however late it is seen. */
  private complete(): void {
    const end = this.clock.monotonicAt(this.timeline.totalMs ?? this.clock.elapsed())
    this.statusValue = 'completed'
    this.endedAt = end
    this.clock.pause(end)
  }

  private emit(cue: PlayedCue): void {
    this.deps.onCue?.(cue)
    this.cueListener?.(cue)
  }

  private jumpTo(elapsedMs: number): void {
    if (!this.catchUp() && this.statusValue !== 'paused') return
    this.clock.seek(elapsedMs)
    // The cues at the new position (the step's words, its bell) play once as it begins.
    this.lastMs = elapsedMs - 1
    if (this.statusValue === 'paused') this.lastMs = elapsedMs
    this.tick()
  }

  private viewOf(state: PracticeState): PlayerView {
    const breath = state.breath
    return {
      status: this.statusValue,
      stepIndex: state.stepIndex,
      phase: breath?.kind ?? null,
      breathKey: breath ? `${state.stepIndex}:${breath.cycle}:${breath.phaseIndex}` : '',
    }
  }

  private publish(state: PracticeState): void {
    const view = this.viewOf(state)
    const old = this.view
    if (
      view.status !== old.status ||
      view.stepIndex !== old.stepIndex ||
      view.breathKey !== old.breathKey
    ) {
      this.view = view
      this.deps.onView?.(view)
      this.viewListener?.(view)
    }
  }

  /** Wakes exactly at the next cue or boundary, so bells keep time even with no frames drawn. */
  private schedule(state: PracticeState): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer)
    this.timer = null
    if (this.statusValue !== 'running') return
    const now = state.elapsedMs
    const upcoming = cuesBetween(this.timeline, now, now + HEARTBEAT_MS)[0]
    const boundaries = [
      state.stepLeftMs,
      state.breath?.phaseLeftMs,
      upcoming && upcoming.atMs - now,
    ]
    const wait = Math.min(
      HEARTBEAT_MS,
      ...boundaries.filter((ms): ms is number => typeof ms === 'number'),
    )
    // Counted from now, not from the tick's first look (the tick's own work would make the
    // timer that much late), and rounded up: browsers drop a delay's fraction, and a timer
    // that fires short of its moment finds nothing due and waits again, at least 4 ms for a
    // timer set from a timer.
    const left = now + wait - this.clock.elapsed()
    this.timer = this.deps.setTimer(() => this.tick(), Math.max(0, Math.ceil(left)))
  }
}
