import {
  MIN_SPAN_MS,
  type AwayReason,
  type Effect,
  type MachineConfig,
  type MachineState,
} from './machine-types'

/** One step's working copy: the state being changed, the config, and the effects so far. */
export interface StepContext {
  s: MachineState
  cfg: MachineConfig
  effects: Effect[]
}

export function isCounting(s: MachineState): boolean {
  return s.phase === 'sitting' || s.phase === 'due' || s.phase === 'away'
}

function clearCounting(s: MachineState): void {
  s.sittingSince = null
  s.dueAt = null
  s.intervalStart = null
  s.headsUpFor = null
  s.dueNotifiedAt = null
  s.snoozesInRow = 0
  s.away = null
  s.breakEndsAt = null
  s.lull = null
  s.quietHeld = null
  s.microAt = null
}

function recordSpan(ctx: StepContext, startedAt: number | null, endedAt: number): void {
  if (startedAt === null || endedAt - startedAt < MIN_SPAN_MS) return
  ctx.effects.push({ type: 'record-span', startedAt, endedAt })
}

/** A new interval of sitting from `at`: after a break, a pause, or the start of working hours. */
export function startFresh(ctx: StepContext, at: number): void {
  const { s, cfg } = ctx
  clearCounting(s)
  s.pause = null
  if (!cfg.enabled) {
    s.phase = 'disabled'
    s.offHoursUntil = null
    return
  }
  const hours = cfg.workingHours(at)
  if (!hours.inside) {
    s.phase = 'off-hours'
    s.offHoursUntil = hours.nextChange
    return
  }
  s.phase = 'sitting'
  s.offHoursUntil = null
  s.sittingSince = at
  s.intervalStart = at
  s.dueAt = at + cfg.intervalMs
  s.microAt = cfg.microEveryMs > 0 ? at + cfg.microEveryMs : null
}

/** Ends counting at `at`: writes the sitting stretch, and the natural break if one was under way. */
export function closeStretch(ctx: StepContext, at: number): void {
  const { s } = ctx
  if (!isCounting(s)) return
  const away = s.away
  if (away && at - away.since >= ctx.cfg.naturalBreakMs) {
    recordSpan(ctx, s.sittingSince, away.since)
    recordNatural(ctx, away.since, at)
  } else {
    recordSpan(ctx, s.sittingSince, at)
  }
  clearCounting(s)
}

function recordNatural(ctx: StepContext, since: number, until: number): void {
  const sittingSince = ctx.s.sittingSince ?? since
  // Away again before sitting down properly is the same break going on, not a new one.
  if (since - sittingSince < MIN_SPAN_MS) return
  ctx.effects.push({
    type: 'record-break',
    kind: 'natural',
    occurredAt: since,
    durationMs: until - since,
    sittingBeforeMs: Math.max(0, since - sittingSince),
  })
}

export function goAway(ctx: StepContext, since: number, reason: AwayReason): void {
  const { s } = ctx
  if (!isCounting(s)) return
  const floor = s.sittingSince ?? since
  if (s.away) {
    s.away = {
      since: Math.min(s.away.since, since),
      reason: reason === 'idle' ? s.away.reason : reason,
    }
  } else {
    s.away = { since: Math.max(floor, since), reason }
  }
  s.phase = 'away'
}

/**
 * The user is back at `at`. Away long enough was a break: record it and start a fresh interval,
 * so nobody is reminded right after returning. A short absence just counts as sitting.
 */
export function comeBack(ctx: StepContext, at: number): void {
  const { s, cfg } = ctx
  const away = s.away
  if (!away || s.phase !== 'away') return
  if (at - away.since >= cfg.naturalBreakMs) {
    recordSpan(ctx, s.sittingSince, away.since)
    recordNatural(ctx, away.since, at)
    startFresh(ctx, at)
    return
  }
  s.away = null
  s.phase = s.dueNotifiedAt !== null ? 'due' : 'sitting'
}

/** The wall clock was set back by `-delta`: move every deadline with it so countdowns carry on. */
export function shiftTimes(s: MachineState, delta: number): void {
  const move = (t: number | null) => (t === null ? null : t + delta)
  s.sittingSince = move(s.sittingSince)
  s.dueAt = move(s.dueAt)
  s.intervalStart = move(s.intervalStart)
  s.headsUpFor = move(s.headsUpFor)
  s.dueNotifiedAt = move(s.dueNotifiedAt)
  s.breakEndsAt = move(s.breakEndsAt)
  s.lockedAt = move(s.lockedAt)
  s.suspendedAt = move(s.suspendedAt)
  s.expectedWakeAt = move(s.expectedWakeAt)
  if (s.away) s.away = { ...s.away, since: s.away.since + delta }
  if (s.pause?.relative && s.pause.until !== null)
    s.pause = { ...s.pause, until: s.pause.until + delta }
  if (s.idle.zeroSince !== null) s.idle = { ...s.idle, zeroSince: s.idle.zeroSince + delta }
  s.microAt = move(s.microAt)
  if (s.posture) {
    s.posture = {
      ...s.posture,
      changeAt: move(s.posture.changeAt),
      heldSince: move(s.posture.heldSince),
    }
  }
  if (s.quiet) s.quiet = { ...s.quiet, since: s.quiet.since + delta }
  if (s.lull) s.lull = { since: s.lull.since + delta, until: s.lull.until + delta }
  const trial = s.trial
  if (trial) {
    s.trial = {
      ...trial,
      startedAt: trial.startedAt + delta,
      endsAt: trial.endsAt + delta,
      verdictAt: trial.verdictAt + delta,
      awayIntervals: trial.awayIntervals.map(([a, b]) => [a + delta, b + delta]),
    }
  }
}
