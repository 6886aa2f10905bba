import type { BreathPattern, PracticeScript, ScriptStep } from './script-schema'

export type PhaseKind = 'inhale' | 'top-up' | 'hold-in' | 'exhale' | 'hold-out'

export interface BreathPhase {
  kind: PhaseKind
  ms: number
}

export interface TimedStep {
  index: number
  id: string
  text: string
  detail: string | null
  startMs: number
  /** Null only for the last step of an open-ended session. */
  endMs: number | null
  /** The breath pattern paced during this step, or null for an unpaced step. */
  phases: BreathPhase[] | null
  cycleMs: number
  bell: boolean
  pose: ScriptStep['pose'] | null
  altPose: ScriptStep['pose'] | null
  side: 'left' | 'right' | null
  caution: boolean
}

/** A practice laid out in time: what the engine reads. Every figure is whole milliseconds. */
export interface Timeline {
  practiceId: string
  title: string
  /** Null for an open-ended session. */
  totalMs: number | null
  steps: TimedStep[]
  /** When the start bell rings (after any warm-up), or null for none. */
  startBellMs: number | null
  endBell: boolean
  intervalBell: { firstMs: number; everyMs: number } | null
}

export interface TimelineOptions {
  /** Chosen length in minutes; null asks for an open-ended session (last step never ends). */
  lengthMin: number | null
  positionId?: string | undefined
  /** Resonance breathing: breaths per minute and out-breath as a multiple of the in-breath. */
  breathsPerMin?: number | undefined
  exhaleRatio?: number | undefined
}

export function phasesOf(pattern: BreathPattern): BreathPhase[] {
  const parts: [PhaseKind, number][] = [
    ['inhale', pattern.inhale],
    ['top-up', pattern.topUp],
    ['hold-in', pattern.holdIn],
    ['exhale', pattern.exhale],
    ['hold-out', pattern.holdOut],
  ]
  // Rounds the phase boundaries rather than each phase, so a cycle lasts exactly its rounded total.
  let before = 0
  return parts
    .filter(([, secondsLong]) => secondsLong > 0)
    .map(([kind, secondsLong]) => {
      const start = Math.round(before * 1000)
      before += secondsLong
      return { kind, ms: Math.round(before * 1000) - start }
    })
}

/** Resonance breathing: a steady rate with the out-breath `ratio` times the in-breath. */
export function resonancePattern(perMin: number, ratio: number): BreathPattern {
  const cycleS = 60 / perMin
  const inhale = cycleS / (1 + ratio)
  return { inhale, topUp: 0, holdIn: 0, exhale: cycleS - inhale, holdOut: 0 }
}

function patternFor(script: PracticeScript, options: TimelineOptions): BreathPattern | null {
  const adjustable = script.adjustableBreath
  if (adjustable) {
    const perMin = clamp(
      options.breathsPerMin ?? adjustable.defaultPerMin,
      adjustable.minPerMin,
      adjustable.maxPerMin,
    )
    return resonancePattern(perMin, options.exhaleRatio ?? adjustable.defaultExhaleRatio)
  }
  return script.breath ?? null
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/**
 * Splits `extraMs` over the steps by their stretch weights, in whole milliseconds, so the
 * durations add up to the chosen length exactly.
 */
function stretchDurations(steps: ScriptStep[], extraMs: number): number[] {
  const base = steps.map((step) => Math.round(step.seconds * 1000))
  const weight = steps.reduce((sum, step) => sum + step.stretch, 0)
  if (extraMs <= 0 || weight === 0) return base
  let given = 0
  const durations = steps.map((step, i) => {
    const share = Math.floor((extraMs * step.stretch) / weight)
    given += share
    return (base[i] ?? 0) + share
  })
  const last = steps.findLastIndex((step) => step.stretch > 0)
  durations[last] = (durations[last] ?? 0) + (extraMs - given)
  return durations
}

/**
 * A paced step that stretched is trimmed to whole breaths (ending mid-breath feels abrupt);
 * the trimmed time goes to the next unpaced step, so the total stays the same.
 */
function wholeBreaths(steps: ScriptStep[], durations: number[], cycleMs: number): void {
  if (cycleMs <= 0) return
  steps.forEach((step, i) => {
    if (!step.paced || step.stretch === 0) return
    const receiver = steps.findIndex((other, j) => j > i && !other.paced)
    if (receiver < 0) return
    const duration = durations[i] ?? 0
    const spare = duration >= cycleMs ? duration % cycleMs : 0
    durations[i] = duration - spare
    durations[receiver] = (durations[receiver] ?? 0) + spare
  })
}

export function buildTimeline(script: PracticeScript, options: TimelineOptions): Timeline {
  const pattern = patternFor(script, options)
  const phases = pattern ? phasesOf(pattern) : null
  const cycleMs = phases ? phases.reduce((sum, phase) => sum + phase.ms, 0) : 0
  const minimumMs = script.steps.reduce((sum, step) => sum + Math.round(step.seconds * 1000), 0)
  const openEnded = options.lengthMin === null
  const totalMs = openEnded ? null : Math.round((options.lengthMin ?? 0) * 60_000)
  if (totalMs !== null && totalMs < minimumMs) {
    throw new RangeError(
      `${String(options.lengthMin)} min is too short for ${script.title}; it needs ${Math.ceil(minimumMs / 1000)} s.`,
    )
  }
  const durations = stretchDurations(script.steps, totalMs === null ? 0 : totalMs - minimumMs)
  wholeBreaths(script.steps, durations, cycleMs)
  const position = script.positions?.find((p) => p.id === options.positionId) ?? null

  let cursor = 0
  const steps = script.steps.map((step, index): TimedStep => {
    const startMs = cursor
    cursor += durations[index] ?? 0
    const isLast = index === script.steps.length - 1
    return {
      index,
      id: step.id,
      text: step.text,
      detail: index === 0 && position ? position.howTo : (step.detail ?? null),
      startMs,
      endMs: openEnded && isLast ? null : cursor,
      phases: step.paced ? phases : null,
      cycleMs: step.paced ? cycleMs : 0,
      bell: step.bell,
      pose: step.pose ?? null,
      altPose: step.altPose ?? null,
      side: step.side ?? null,
      caution: step.caution,
    }
  })
  return {
    practiceId: script.id,
    title: script.title,
    totalMs,
    steps,
    startBellMs: 0,
    endBell: true,
    intervalBell: script.intervalBellMin
      ? { firstMs: script.intervalBellMin * 60_000, everyMs: script.intervalBellMin * 60_000 }
      : null,
  }
}
