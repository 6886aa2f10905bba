import type { StepContext } from './machine-stretch'
import type { MachineState } from './machine-types'

/**
 * Micro-breaks: a short nudge (stand, one long sigh out) every `microEveryMs` of sitting,
 * beside the regular break. One close to the regular break would only be noise, so it is
 * left out; one missed while quiet or away is not made up for.
 */
export function remindMicro(ctx: StepContext, now: number): void {
  const { s, cfg } = ctx
  if (s.phase !== 'sitting' || s.microAt === null || s.dueAt === null || now < s.microAt) return
  s.microAt = now + cfg.microEveryMs
  if (s.dueAt - now < cfg.microEveryMs / 2) return
  ctx.effects.push({
    type: 'notify',
    kind: 'micro',
    dueAt: s.dueAt,
    sittingMs: Math.max(0, now - (s.sittingSince ?? now)),
  })
}

/** The next micro-break, when one is planned while sitting. */
export function microWake(s: MachineState, now: number): number | null {
  return s.phase === 'sitting' && s.microAt !== null && s.microAt > now ? s.microAt : null
}

/** A changed micro-break interval applies from now on. */
export function replanMicro(ctx: StepContext, now: number): void {
  const { s, cfg } = ctx
  if (cfg.microEveryMs <= 0) s.microAt = null
  else if (s.microAt === null || s.microAt > now + cfg.microEveryMs)
    s.microAt = now + cfg.microEveryMs
}

/** After a snooze or a skip the micro-breaks count from now, so none comes right after it. */
export function restartMicro(ctx: StepContext, now: number): void {
  ctx.s.microAt = ctx.cfg.microEveryMs > 0 ? now + ctx.cfg.microEveryMs : null
}
