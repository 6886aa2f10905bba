import type { StepContext } from './machine-stretch'
import {
  BREAK_POLL_MS,
  MOVEMENT_GRACE_MS,
  SLEEP_TOLERANCE_MS,
  type BreakTrial,
  type MachineState,
} from './machine-types'

/**
 * A started break is on trial until its end: it counts ('taken') only if the user was away
 * (no input, locked or asleep) for the configured share of it, or finished the Movement Break;
 * otherwise it is recorded as 'not-taken'. Where idle time cannot be read, the break is trusted.
 */
export function startTrial(ctx: StepContext, now: number, viaMovement: boolean): void {
  const { cfg } = ctx
  const endsAt = now + cfg.breakMs
  ctx.s.trial = {
    startedAt: now,
    endsAt,
    verdictAt: viaMovement ? endsAt + MOVEMENT_GRACE_MS : endsAt,
    sittingBeforeMs: Math.max(0, now - (ctx.s.sittingSince ?? now)),
    awayIntervals: [],
    viaMovement,
  }
}

/** Adds [from, to] (clipped to the break) to the time the user was away. */
export function noteAway(s: MachineState, from: number, to: number): void {
  const trial = s.trial
  if (!trial) return
  const start = Math.max(from, trial.startedAt)
  const end = Math.min(to, trial.endsAt)
  if (end <= start) return
  s.trial = { ...trial, awayIntervals: merge([...trial.awayIntervals, [start, end]]) }
}

function merge(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [start, end] of sorted) {
    const last = out.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else out.push([start, end])
  }
  return out
}

export function awayMs(trial: BreakTrial): number {
  return trial.awayIntervals.reduce((sum, [a, b]) => sum + (b - a), 0)
}

/** One step's evidence: an idle reading, an ongoing lock or suspend, or a step the process slept through. */
export function observeTrial(
  s: MachineState,
  now: number,
  previous: number,
  idleMs: number | null,
  scheduled: boolean,
): void {
  if (!s.trial) return
  if (idleMs !== null && idleMs > 0) noteAway(s, now - idleMs, now)
  if (s.lockedAt !== null) noteAway(s, s.lockedAt, now)
  if (s.suspendedAt !== null) noteAway(s, s.suspendedAt, now)
  const expected = s.expectedWakeAt
  if (scheduled && expected !== null && now > expected + SLEEP_TOLERANCE_MS) {
    noteAway(s, previous, now)
  }
}

/** Gives the verdict once it is known, or when `force`d (pause, quit, a new break). */
export function settleTrial(ctx: StepContext, now: number, force = false): void {
  const { s, cfg } = ctx
  const trial = s.trial
  if (!trial) return
  if (!force && now < trial.endsAt) return
  const cannotTell = s.idle.detection !== 'working'
  const credited = cannotTell || awayMs(trial) >= cfg.creditShare * (trial.endsAt - trial.startedAt)
  // Someone doing the Movement Break in Loosen is at the keyboard: give them time to finish it.
  if (!credited && !force && now < trial.verdictAt) return
  recordTrial(ctx, trial, credited)
}

/** A finished Movement Break settles the trial in the user's favour. */
export function movementFinished(ctx: StepContext, at: number): void {
  const trial = ctx.s.trial
  if (!trial || at < trial.startedAt || at > trial.verdictAt) return
  recordTrial(ctx, trial, true)
}

function recordTrial(ctx: StepContext, trial: BreakTrial, credited: boolean): void {
  ctx.effects.push({
    type: 'record-break',
    kind: credited ? 'taken' : 'not-taken',
    occurredAt: trial.startedAt,
    durationMs: credited ? trial.endsAt - trial.startedAt : awayMs(trial),
    sittingBeforeMs: trial.sittingBeforeMs,
  })
  ctx.s.trial = null
}

/** When the trial needs the machine awake: polls during the break, then its verdict time. */
export function trialWake(s: MachineState, now: number): number | null {
  const trial = s.trial
  if (!trial) return null
  if (now < trial.endsAt) return Math.min(trial.endsAt, now + BREAK_POLL_MS)
  return trial.verdictAt > now ? trial.verdictAt : null
}
