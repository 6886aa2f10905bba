import { applyCommand } from './machine-commands'
import { noteAway, observeTrial, settleTrial, trialWake } from './machine-credit'
import { endLull, holdForLull, lullWake } from './machine-lull'
import { noticeCues } from './machine-cues'
import { microWake, remindMicro } from './machine-micro'
import { postureWake, remindPosture, syncPosture } from './machine-posture'
import { holdForQuiet, presentWithoutInput, setQuiet, takeHeld } from './machine-quiet'
import {
  closeStretch,
  comeBack,
  goAway,
  isCounting,
  shiftTimes,
  startFresh,
  type StepContext,
} from './machine-stretch'
import {
  ACTIVE_POLL_MS,
  CLOCK_BACK_TOLERANCE_MS,
  DUE_REPEAT_MS,
  IDLE_ZERO_VERDICT_MS,
  LOCK_PROBE_MS,
  MIN_POLL_MS,
  SLEEP_TOLERANCE_MS,
  type MachineConfig,
  type MachineInput,
  type MachineState,
  type StepResult,
} from './machine-types'

/**
 * The break-reminder state machine. Pure: it takes the state, one input and the wall-clock time,
 * and returns the new state, the effects to apply (notify, record) and when to be woken next.
 * Deadlines are absolute wall-clock times; time passing is measured between steps, never counted.
 */
export function step(
  state: MachineState,
  input: MachineInput,
  now: number,
  cfg: MachineConfig,
): StepResult {
  // Nested objects are replaced, never mutated, so a shallow copy keeps `state` untouched.
  const ctx: StepContext = { s: { ...state }, cfg, effects: [] }
  const previous = state.lastStepAt
  const scheduled = input.type === 'tick' && input.scheduled === true
  reconcileTime(ctx, now, previous, scheduled)
  const refused = applyInput(ctx, input, now)
  advance(ctx, now, previous, input.type === 'tick' ? input.idleMs : null, scheduled)
  syncPosture(ctx, now)
  remindPosture(ctx, now)
  noticeCues(state, ctx, input, now)
  const wakeAt = ctx.s.phase === 'disabled' ? null : nextWake(ctx, now)
  ctx.s.expectedWakeAt = wakeAt
  return { state: ctx.s, effects: ctx.effects, wakeAt, refused }
}

export function initialState(
  now: number,
  cfg: MachineConfig,
  pause: MachineState['pause'],
): MachineState {
  const s: MachineState = {
    phase: 'disabled',
    lastStepAt: now,
    expectedWakeAt: null,
    sittingSince: null,
    dueAt: null,
    intervalStart: null,
    headsUpFor: null,
    dueNotifiedAt: null,
    snoozesInRow: 0,
    away: null,
    lockedAt: null,
    suspendedAt: null,
    breakEndsAt: null,
    pause: null,
    offHoursUntil: null,
    idle: { detection: 'checking', zeroSince: null },
    trial: null,
    skips: { day: '', count: 0 },
    lull: null,
    quiet: null,
    quietHeld: null,
    microAt: null,
    posture: null,
  }
  if (cfg.enabled && pause && (pause.until === null || pause.until > now)) {
    s.phase = 'paused'
    s.pause = pause
  } else {
    startFresh({ s, cfg, effects: [] }, now)
  }
  return s
}

/** Clock set back: carry every deadline back with it. A step far too late: the machine slept. */
function reconcileTime(ctx: StepContext, now: number, previous: number, scheduled: boolean): void {
  const { s, cfg } = ctx
  if (now < previous - CLOCK_BACK_TOLERANCE_MS) {
    // Timers run on real elapsed time, so a timer step means its whole delay really passed.
    const elapsed = scheduled && s.expectedWakeAt !== null ? s.expectedWakeAt - previous : 0
    shiftTimes(s, now - previous - Math.max(0, elapsed))
  } else if (
    isCounting(s) &&
    !s.away &&
    s.expectedWakeAt !== null &&
    now > s.expectedWakeAt + SLEEP_TOLERANCE_MS
  ) {
    const hoursEnd = cfg.workingHours(previous).nextChange
    if (hoursEnd !== null && hoursEnd <= now) {
      // Working hours ended while asleep: the day's sitting ended when the machine slept.
      closeStretch(ctx, previous)
      startFresh(ctx, now)
    } else {
      goAway(ctx, previous, 'sleep')
      comeBack(ctx, now)
    }
  }
  s.lastStepAt = now
}

function applyInput(ctx: StepContext, input: MachineInput, now: number): string | null {
  const { s } = ctx
  switch (input.type) {
    case 'tick':
      return null
    case 'quiet':
      setQuiet(s, input.reason, input.detail, now)
      return null
    case 'lock':
      s.lockedAt = now
      goAway(ctx, now, 'lock')
      return null
    case 'suspend':
      s.suspendedAt = now
      goAway(ctx, now, 'suspend')
      return null
    case 'unlock':
    case 'resume':
      // Locked or asleep during a break is time away from the desk.
      if (input.type === 'unlock' && s.lockedAt !== null) noteAway(s, s.lockedAt, now)
      if (input.type === 'resume' && s.suspendedAt !== null) noteAway(s, s.suspendedAt, now)
      if (input.type === 'unlock') s.lockedAt = null
      else s.suspendedAt = null
      if (s.lockedAt === null && s.suspendedAt === null && s.away && s.away.reason !== 'idle') {
        comeBack(ctx, now)
      }
      return null
    default:
      return applyCommand(ctx, input, now)
  }
}

function advance(
  ctx: StepContext,
  now: number,
  previous: number,
  idleMs: number | null,
  scheduled: boolean,
): void {
  const { s, cfg } = ctx
  observeTrial(s, now, previous, idleMs, scheduled)
  if (!cfg.enabled) {
    settleTrial(ctx, now, true)
    if (s.phase !== 'disabled') closeStretch(ctx, now)
    s.phase = 'disabled'
    s.pause = null
    return
  }
  if (s.phase === 'disabled') startFresh(ctx, now)
  if (s.phase === 'paused' && s.pause?.until != null && now >= s.pause.until) startFresh(ctx, now)
  if (s.phase === 'break' && s.breakEndsAt !== null && now >= s.breakEndsAt) {
    startFresh(ctx, now - s.breakEndsAt < SLEEP_TOLERANCE_MS ? s.breakEndsAt : now)
  }
  settleTrial(ctx, now)
  if (s.phase === 'off-hours') {
    const hours = cfg.workingHours(now)
    if (hours.inside) startFresh(ctx, now)
    else s.offHoursUntil = hours.nextChange
  }
  if (isCounting(s)) {
    const hours = cfg.workingHours(now)
    if (!hours.inside) {
      const boundary = cfg.workingHours(previous).nextChange ?? now
      closeStretch(ctx, Math.min(now, Math.max(boundary, previous)))
      s.phase = 'off-hours'
      s.offHoursUntil = hours.nextChange
      return
    }
  }
  if (isCounting(s) && idleMs !== null) readIdle(ctx, idleMs, now)
  remind(ctx, now, idleMs)
}

function readIdle(ctx: StepContext, idleMs: number, now: number): void {
  const { s, cfg } = ctx
  noteIdleReading(s, idleMs, now)
  if (s.phase === 'away' && s.away?.reason === 'idle') {
    if (idleMs < cfg.naturalBreakMs) comeBack(ctx, now - idleMs)
  } else if (s.phase !== 'away' && idleMs >= cfg.naturalBreakMs && !presentWithoutInput(s)) {
    goAway(ctx, now - idleMs, 'idle')
  }
}

/** Electron on Wayland reads 0 forever; one non-zero read proves the idle source works. */
function noteIdleReading(s: MachineState, idleMs: number, now: number): void {
  if (idleMs > 0) {
    if (s.idle.detection !== 'working') s.idle = { detection: 'working', zeroSince: null }
    return
  }
  if (s.idle.detection !== 'checking') return
  const zeroSince = s.idle.zeroSince ?? now
  const lockedLong = s.lockedAt !== null && now - s.lockedAt >= LOCK_PROBE_MS / 2
  const zeroTooLong = now - zeroSince >= IDLE_ZERO_VERDICT_MS
  s.idle = { detection: lockedLong || zeroTooLong ? 'unavailable' : 'checking', zeroSince }
}

function remind(ctx: StepContext, now: number, idleMs: number | null): void {
  const { s, cfg } = ctx
  if (holdForQuiet(ctx, now)) return
  remindMicro(ctx, now)
  if (s.phase === 'sitting' && s.dueAt !== null) {
    const sittingMs = now - (s.sittingSince ?? now)
    if (now >= s.dueAt) {
      if (holdForLull(ctx, now, idleMs)) return
      s.phase = 'due'
      s.dueNotifiedAt = now
      const afterQuiet = takeHeld(s)
      ctx.effects.push({
        type: 'notify',
        kind: 'due',
        dueAt: s.dueAt,
        sittingMs,
        ...(afterQuiet ? { afterQuiet } : {}),
      })
      recordPrompt(ctx, now, endLull(ctx, now), sittingMs)
    } else if (
      cfg.headsUpMs > 0 &&
      s.snoozesInRow === 0 &&
      s.headsUpFor !== s.dueAt &&
      now >= s.dueAt - cfg.headsUpMs
    ) {
      s.headsUpFor = s.dueAt
      ctx.effects.push({ type: 'notify', kind: 'heads-up', dueAt: s.dueAt, sittingMs })
    }
  } else if (s.phase === 'due' && s.dueNotifiedAt !== null && s.dueAt !== null) {
    if (now - s.dueNotifiedAt >= DUE_REPEAT_MS) {
      s.dueNotifiedAt = now
      const sittingMs = now - (s.sittingSince ?? now)
      ctx.effects.push({ type: 'notify', kind: 'due', dueAt: s.dueAt, sittingMs })
      recordPrompt(ctx, now, 0, sittingMs)
    }
  }
}

/** Every due reminder shown is kept, so the Reminders screen can say how often one led to a break. */
function recordPrompt(ctx: StepContext, now: number, waitedMs: number, sittingMs: number): void {
  ctx.effects.push({
    type: 'record-break',
    kind: 'prompt',
    occurredAt: now,
    durationMs: waitedMs,
    sittingBeforeMs: Math.max(0, sittingMs),
  })
}

function nextWake(ctx: StepContext, now: number): number | null {
  const base = phaseWake(ctx, now)
  const trialAt = trialWake(ctx.s, now)
  if (base === null) return trialAt
  return trialAt === null ? base : Math.min(base, trialAt)
}

function phaseWake(ctx: StepContext, now: number): number | null {
  const { s, cfg } = ctx
  switch (s.phase) {
    case 'disabled':
      return null
    case 'paused':
      return s.pause?.until ?? null
    case 'off-hours':
      return s.offHoursUntil
    case 'break':
      return s.breakEndsAt
    default:
      break
  }
  const hoursEnd = cfg.workingHours(now).nextChange
  const candidates: number[] = hoursEnd === null ? [] : [hoursEnd]
  if (s.phase === 'away' && s.away?.reason !== 'idle') {
    // Locked or asleep: nothing to poll; the unlock/resume event wakes the machine.
    const probeAt = s.lockedAt === null ? null : s.lockedAt + LOCK_PROBE_MS
    if (probeAt !== null && s.idle.detection === 'checking' && probeAt > now)
      candidates.push(probeAt)
    return candidates.length === 0 ? null : Math.max(now + MIN_POLL_MS, Math.min(...candidates))
  }
  const lullAt = lullWake(ctx, now)
  if (lullAt !== null) return Math.min(lullAt, ...candidates)
  candidates.push(now + ACTIVE_POLL_MS)
  // While quiet, reminders wait: the usual poll reads the quiet source again, nothing sooner.
  if (s.quiet) return Math.max(now + MIN_POLL_MS, Math.min(...candidates))
  const microAt = microWake(s, now)
  if (microAt !== null) candidates.push(microAt)
  const postureAt = postureWake(s, now)
  if (postureAt !== null) candidates.push(postureAt)
  if (s.phase === 'sitting' && s.dueAt !== null) {
    candidates.push(s.dueAt)
    const headsUpAt = s.dueAt - cfg.headsUpMs
    if (cfg.headsUpMs > 0 && s.headsUpFor !== s.dueAt && headsUpAt > now) candidates.push(headsUpAt)
  }
  if (s.phase === 'due' && s.dueNotifiedAt !== null)
    candidates.push(s.dueNotifiedAt + DUE_REPEAT_MS)
  return Math.max(now + MIN_POLL_MS, Math.min(...candidates))
}
