import type { PracticeState } from '../../../electron/shared/practice/engine'

export const PACER_SMALL = 0.45
const PACER_REST = 0.7
const TOP_UP_FROM = 0.86

const ease = (p: number) => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, p)))) / 2

/** The pacer circle's scale for a moment of the session: grows in, rests full, shrinks out. */
export function pacerScale(state: PracticeState): number {
  const breath = state.breath
  if (!breath) return PACER_REST
  const topUp = state.step.phases?.some((phase) => phase.kind === 'top-up') ?? false
  const between = (from: number, to: number) => from + (to - from) * ease(breath.progress)
  switch (breath.kind) {
    case 'inhale':
      return between(PACER_SMALL, topUp ? TOP_UP_FROM : 1)
    case 'top-up':
      return between(TOP_UP_FROM, 1)
    case 'hold-in':
      return 1
    case 'exhale':
      return between(1, PACER_SMALL)
    case 'hold-out':
      return PACER_SMALL
  }
}

/** The gentle count shown instead of motion: whole seconds left in the phase, at least 1. */
export function phaseCount(state: PracticeState): number | null {
  return state.breath ? Math.max(1, Math.ceil(state.breath.phaseLeftMs / 1000)) : null
}
