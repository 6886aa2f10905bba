import type { StepContext } from './machine-stretch'
import { LULL_MS, LULL_POLL_MS } from './machine-types'

/**
 * Natural-pause timing: a due reminder that would land mid-sentence waits for a short pause in
 * typing (no input for LULL_MS), at most `lullWaitMs`. Only where idle time can be read at all;
 * otherwise the reminder comes on time. Returns true while the reminder should keep waiting.
 */
export function holdForLull(ctx: StepContext, now: number, idleMs: number | null): boolean {
  const { s, cfg } = ctx
  if (cfg.lullWaitMs <= 0 || s.idle.detection !== 'working') return false
  const lull = s.lull ?? { since: now, until: now + cfg.lullWaitMs }
  s.lull = lull
  if (now >= lull.until) return false
  return idleMs === null || idleMs < LULL_MS
}

/** How long the reminder waited for a pause; clears the wait. */
export function endLull(ctx: StepContext, now: number): number {
  const waited = ctx.s.lull ? Math.max(0, now - ctx.s.lull.since) : 0
  ctx.s.lull = null
  return waited
}

/** While waiting, idle time is read every few seconds, never past the wait's end. */
export function lullWake(ctx: StepContext, now: number): number | null {
  const lull = ctx.s.lull
  if (!lull || ctx.s.phase !== 'sitting') return null
  return Math.min(now + LULL_POLL_MS, Math.max(now, lull.until))
}
