import type { CueTrigger } from '../../shared/settings/reminders'
import type { StepContext } from './machine-stretch'
import type { MachineInput, MachineState } from './machine-types'

/**
 * The events a planned cue can follow, read off one step: the screen unlocked, the person came
 * back from being away (idle, locked or asleep), a call ended, working hours started. One step
 * is one event: it yields at most one cue effect, listing every trigger it matched, so the
 * service fires at most one cue for it. Nothing while quiet, paused, off hours or off.
 */
export function noticeCues(
  before: MachineState,
  ctx: StepContext,
  input: MachineInput,
  now: number,
): void {
  const { s } = ctx
  if (s.phase !== 'sitting' && s.phase !== 'due') return
  if (s.quiet) return
  const triggers: CueTrigger[] = []
  let awayMs = 0
  if (input.type === 'unlock' && before.lockedAt !== null) triggers.push('unlock')
  if (before.away && !s.away) {
    triggers.push('back')
    awayMs = Math.max(0, now - before.away.since)
  }
  if (input.type === 'quiet' && input.reason === null && before.quiet?.reason === 'call') {
    triggers.push('call-end')
  }
  if (before.phase === 'off-hours') triggers.push('hours-start')
  if (triggers.length > 0) ctx.effects.push({ type: 'cue', triggers, awayMs })
}
