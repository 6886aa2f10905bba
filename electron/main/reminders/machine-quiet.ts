import type { QuietReason } from '../../shared/contract/reminders'
import type { StepContext } from './machine-stretch'
import type { MachineState } from './machine-types'

/** Notes what the quiet source read. A quiet time keeps its start while its reason changes. */
export function setQuiet(
  s: MachineState,
  reason: QuietReason | null,
  detail: string | null,
  now: number,
): void {
  if (reason === null) {
    s.quiet = null
    return
  }
  s.quiet = { since: s.quiet?.since ?? now, reason, detail }
}

/**
 * Whether a reminder must wait. While quiet, a break that falls due is remembered (not
 * repeated, not stacked) and offered once when the quiet time ends.
 */
export function holdForQuiet(ctx: StepContext, now: number): boolean {
  const { s } = ctx
  if (!s.quiet) return false
  if (s.phase === 'sitting' && s.dueAt !== null && now >= s.dueAt) s.quietHeld = s.quiet.reason
  return true
}

/** The reason a reminder about to be shown was held back, once; then forgotten. */
export function takeHeld(s: MachineState): QuietReason | undefined {
  const held = s.quietHeld ?? undefined
  s.quietHeld = null
  return held
}

/** In a call or watching something fullscreen, no input does not mean away from the desk. */
export function presentWithoutInput(s: MachineState): boolean {
  return s.quiet?.reason === 'call' || s.quiet?.reason === 'fullscreen'
}
