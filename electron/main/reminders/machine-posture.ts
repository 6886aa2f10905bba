import type { StepContext } from './machine-stretch'
import type { MachineState } from './machine-types'

/** A posture change this close to the regular break waits for it: the break moves them anyway. */
export const POSTURE_NEAR_BREAK_MS = 5 * 60_000
/** Back after this long away (a night, a long afternoon out): start seated, with a full interval. */
export const POSTURE_RESET_AWAY_MS = 3 * 60 * 60_000

/**
 * Sit/stand mode for standing desks: "stand up now" and "sit down" in turn, every
 * `sitStandMs` of time at the desk. The clock runs only while the person is there (sitting or
 * due): it stops while away, on a break, paused or quiet-held, and carries on when they return,
 * so a break neither skips a change nor brings two. A new day (outside working hours, or
 * after 3 hours away) or reminders turned on again start seated with a full interval.
 */
export function syncPosture(ctx: StepContext, now: number): void {
  const { s, cfg } = ctx
  if (cfg.sitStandMs <= 0 || s.phase === 'off-hours' || s.phase === 'disabled') {
    s.posture = null
    return
  }
  const present = s.phase === 'sitting' || s.phase === 'due'
  const fresh = { standing: false, changeAt: null, leftMs: cfg.sitStandMs, heldSince: null }
  let p = s.posture ?? fresh
  if (present && p.heldSince !== null && now - p.heldSince >= POSTURE_RESET_AWAY_MS) p = fresh
  if (present && p.changeAt === null) {
    const left = Math.min(p.leftMs ?? cfg.sitStandMs, cfg.sitStandMs)
    s.posture = { standing: p.standing, changeAt: now + left, leftMs: null, heldSince: null }
  } else if (!present && p.changeAt !== null) {
    s.posture = {
      standing: p.standing,
      changeAt: null,
      leftMs: Math.max(0, p.changeAt - now),
      heldSince: now,
    }
  } else if (p.changeAt !== null && p.changeAt > now + cfg.sitStandMs) {
    // A shorter interval applies from now on.
    s.posture = { ...p, changeAt: now + cfg.sitStandMs }
  } else {
    s.posture = p
  }
}

/**
 * Prompts the change when it is due and the person is at the desk, not in a quiet time, not
 * due for (or about to be reminded of) the regular break, and not nudged already in this step.
 * A change held back comes at the next step that allows it: never twice, never stacked.
 */
export function remindPosture(ctx: StepContext, now: number): void {
  const { s, cfg } = ctx
  const p = s.posture
  if (!p || p.changeAt === null || now < p.changeAt) return
  if (s.phase !== 'sitting' || s.quiet) return
  if (s.dueAt !== null && s.dueAt - now < POSTURE_NEAR_BREAK_MS) return
  if (ctx.effects.some((e) => e.type === 'notify')) return
  s.posture = {
    standing: !p.standing,
    changeAt: now + cfg.sitStandMs,
    leftMs: null,
    heldSince: null,
  }
  ctx.effects.push({
    type: 'notify',
    kind: p.standing ? 'sit' : 'stand',
    dueAt: s.dueAt ?? now,
    sittingMs: Math.max(0, now - (s.sittingSince ?? now)),
  })
}

/** The next posture change, while the person is at the desk. */
export function postureWake(s: MachineState, now: number): number | null {
  const at = s.posture?.changeAt ?? null
  return at !== null && at > now ? at : null
}
