import type { BreathPhase, PhaseKind, TimedStep, Timeline } from './timeline'

/**
 * The pure practice engine: given a timeline and an elapsed time it says where the session
 * is. It keeps no state and reads no clock, so the player, the tests and the benchmarks ask
 * it the same questions and get the same answers.
 */

export interface BreathState {
  kind: PhaseKind
  /** 0 at the start of the phase, approaching 1 at its end. */
  progress: number
  phaseIndex: number
  /** Counts whole breaths since the step began, from 0. */
  cycle: number
  phaseLeftMs: number
}

export interface PracticeState {
  elapsedMs: number
  stepIndex: number
  step: TimedStep
  stepElapsedMs: number
  /** Null while the step has no end (open-ended). */
  stepLeftMs: number | null
  totalLeftMs: number | null
  breath: BreathState | null
  done: boolean
}

export type Cue =
  | { atMs: number; kind: 'bell'; bell: 'start' | 'interval' | 'step' | 'end' }
  | { atMs: number; kind: 'step'; stepIndex: number }
  | { atMs: number; kind: 'breath'; phase: PhaseKind }

function stepIndexAt(timeline: Timeline, elapsedMs: number): number {
  const steps = timeline.steps
  let low = 0
  let high = steps.length - 1
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if ((steps[mid]?.startMs ?? 0) <= elapsedMs) low = mid
    else high = mid - 1
  }
  return low
}

function breathAt(phases: BreathPhase[], cycleMs: number, intoStepMs: number): BreathState | null {
  if (cycleMs <= 0) return null
  const cycle = Math.floor(intoStepMs / cycleMs)
  let within = intoStepMs - cycle * cycleMs
  for (let phaseIndex = 0; phaseIndex < phases.length; phaseIndex++) {
    const phase = phases[phaseIndex]
    if (!phase) break
    if (within < phase.ms) {
      return {
        kind: phase.kind,
        progress: within / phase.ms,
        phaseIndex,
        cycle,
        phaseLeftMs: phase.ms - within,
      }
    }
    within -= phase.ms
  }
  return null
}

export function stateAt(timeline: Timeline, elapsedMs: number): PracticeState {
  const total = timeline.totalMs
  const done = total !== null && elapsedMs >= total
  const t = Math.max(0, total === null ? elapsedMs : Math.min(elapsedMs, total))
  const stepIndex = done ? timeline.steps.length - 1 : stepIndexAt(timeline, t)
  const step = timeline.steps[stepIndex]
  if (!step) throw new RangeError('A timeline needs at least one step.')
  const stepElapsedMs = t - step.startMs
  const breath = step.phases && !done ? breathAt(step.phases, step.cycleMs, stepElapsedMs) : null
  return {
    elapsedMs: t,
    stepIndex,
    step,
    stepElapsedMs,
    stepLeftMs: step.endMs === null ? null : step.endMs - t,
    totalLeftMs: total === null ? null : total - t,
    breath,
    done,
  }
}

const CUE_ORDER: Record<Cue['kind'], number> = { step: 0, bell: 1, breath: 2 }

/** `first`, `first + every`, … that fall in (from, to] and below `limit`. */
function* repeating(first: number, every: number, from: number, to: number, limit: number) {
  if (every <= 0) return
  const k = Math.max(0, Math.floor((from - first) / every) + 1)
  for (let at = first + k * every; at <= to && at < limit; at += every) yield at
}

function breathCues(step: TimedStep, from: number, to: number): Cue[] {
  const phases = step.phases
  if (!phases || step.cycleMs <= 0) return []
  const cues: Cue[] = []
  const stepEnd = step.endMs ?? Number.POSITIVE_INFINITY
  let offset = 0
  for (const phase of phases) {
    for (const at of repeating(step.startMs + offset, step.cycleMs, from, to, stepEnd)) {
      cues.push({ atMs: at, kind: 'breath', phase: phase.kind })
    }
    offset += phase.ms
  }
  return cues
}

/** Every cue due in the half-open window (fromMs, toMs], in time order. */
export function cuesBetween(timeline: Timeline, fromMs: number, toMs: number): Cue[] {
  if (toMs <= fromMs) return []
  const total = timeline.totalMs
  const end = total ?? Number.POSITIVE_INFINITY
  const to = Math.min(toMs, end)
  const cues: Cue[] = []
  const inWindow = (at: number) => at > fromMs && at <= to
  const start = timeline.startBellMs
  if (start !== null && inWindow(start)) cues.push({ atMs: start, kind: 'bell', bell: 'start' })
  for (const step of timeline.steps) {
    const stepEnd = step.endMs ?? end
    if (stepEnd <= fromMs && step.endMs !== null) continue
    if (step.startMs > to) break
    if (inWindow(step.startMs) && step.startMs < end) {
      cues.push({ atMs: step.startMs, kind: 'step', stepIndex: step.index })
      if (step.bell) cues.push({ atMs: step.startMs, kind: 'bell', bell: 'step' })
    }
    cues.push(...breathCues(step, fromMs, to))
  }
  const interval = timeline.intervalBell
  if (interval) {
    for (const at of repeating(interval.firstMs, interval.everyMs, fromMs, to, end)) {
      if (at !== start) cues.push({ atMs: at, kind: 'bell', bell: 'interval' })
    }
  }
  if (total !== null && timeline.endBell && inWindow(total)) {
    cues.push({ atMs: total, kind: 'bell', bell: 'end' })
  }
  return cues.sort((a, b) => a.atMs - b.atMs || CUE_ORDER[a.kind] - CUE_ORDER[b.kind])
}

/** Where "next" and "previous" jump to: a step start, never past the end. */
export function stepStartMs(timeline: Timeline, stepIndex: number): number {
  const clamped = Math.max(0, Math.min(stepIndex, timeline.steps.length - 1))
  return timeline.steps[clamped]?.startMs ?? 0
}
