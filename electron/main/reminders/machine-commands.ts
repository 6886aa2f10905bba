import { replanMicro, restartMicro } from './machine-micro'
import { movementFinished, settleTrial, startTrial } from './machine-credit'
import { closeStretch, comeBack, isCounting, startFresh, type StepContext } from './machine-stretch'
import type { MachineInput } from './machine-types'

type Command = Exclude<
  MachineInput,
  { type: 'tick' | 'quiet' | 'lock' | 'unlock' | 'suspend' | 'resume' }
>

/** User commands. Returns a sentence for the user when the command cannot apply now. */
export function applyCommand(ctx: StepContext, input: Command, now: number): string | null {
  const { s } = ctx
  // Whoever pressed a button is at the computer, whatever the idle source said.
  if (s.phase === 'away' && input.type !== 'reconfigure' && input.type !== 'shutdown') {
    comeBack(ctx, now)
  }
  switch (input.type) {
    case 'snooze':
      return snooze(ctx, now)
    case 'skip':
      return skip(ctx, now)
    case 'take-break':
      return takeBreak(ctx, now, input.movement === true)
    case 'movement-finished':
      movementFinished(ctx, input.at)
      return null
    case 'pause':
      if (input.until !== null && input.until <= now) return 'main.refusal.reminders.pauseInPast'
      settleTrial(ctx, now, true)
      closeStretch(ctx, now)
      s.breakEndsAt = null
      s.phase = 'paused'
      s.pause = { until: input.until, relative: input.relative }
      return null
    case 'resume-reminders':
      if (s.phase === 'paused') startFresh(ctx, now)
      return null
    case 'reconfigure':
      reconfigure(ctx, now)
      return null
    case 'shutdown':
      settleTrial(ctx, now, true)
      closeStretch(ctx, now)
      s.phase = 'disabled'
      return null
  }
}

function sittingBefore(ctx: StepContext, now: number): number {
  return Math.max(0, now - (ctx.s.sittingSince ?? now))
}

function snooze(ctx: StepContext, now: number): string | null {
  const { s, cfg } = ctx
  if ((s.phase !== 'sitting' && s.phase !== 'due') || s.dueAt === null) {
    return 'main.refusal.reminders.nothingToSnooze'
  }
  if (cfg.snoozeLimit === 0) return 'main.refusal.reminders.snoozeOff'
  if (s.snoozesInRow >= cfg.snoozeLimit) {
    const times = cfg.snoozeLimit === 1 ? 'once' : `${cfg.snoozeLimit} times`
    return `You have already snoozed ${times} in a row. Take the break, or skip this one.`
  }
  ctx.effects.push({
    type: 'record-break',
    kind: 'snoozed',
    occurredAt: now,
    durationMs: cfg.snoozeMs,
    sittingBeforeMs: sittingBefore(ctx, now),
  })
  s.snoozesInRow += 1
  s.dueAt = Math.max(s.dueAt, now) + cfg.snoozeMs
  // A snoozed break gets no heads-up of its own: the snooze was the warning.
  s.headsUpFor = s.dueAt
  s.dueNotifiedAt = null
  s.lull = null
  restartMicro(ctx, now)
  s.phase = 'sitting'
  return null
}

function skip(ctx: StepContext, now: number): string | null {
  const { s, cfg } = ctx
  if (s.phase !== 'sitting' && s.phase !== 'due') return 'main.refusal.reminders.nothingToSkip'
  if (cfg.strict) {
    return 'main.refusal.reminders.strict'
  }
  const day = cfg.dayKey(now)
  const skipsToday = s.skips.day === day ? s.skips.count : 0
  if (cfg.skipsPerDay > 0 && skipsToday >= cfg.skipsPerDay) {
    const limit = cfg.skipsPerDay === 1 ? 'your one skip' : `all ${cfg.skipsPerDay} skips`
    return `You have used ${limit} for today. Take this break, or snooze it.`
  }
  s.skips = { day, count: skipsToday + 1 }
  ctx.effects.push({
    type: 'record-break',
    kind: 'skipped',
    occurredAt: now,
    durationMs: 0,
    sittingBeforeMs: sittingBefore(ctx, now),
  })
  // Skipping restarts the interval, but the person is still sitting: the stretch goes on.
  s.intervalStart = now
  s.dueAt = now + cfg.intervalMs
  s.snoozesInRow = 0
  s.headsUpFor = null
  s.dueNotifiedAt = null
  s.lull = null
  restartMicro(ctx, now)
  s.phase = 'sitting'
  return null
}

function takeBreak(ctx: StepContext, now: number, viaMovement: boolean): string | null {
  const { s, cfg } = ctx
  if (s.phase === 'break') return 'main.refusal.reminders.alreadyOnBreak'
  // An earlier break still waiting for its Movement Break gets its verdict now.
  settleTrial(ctx, now, true)
  if (isCounting(s) && cfg.creditShare > 0) {
    startTrial(ctx, now, viaMovement)
    closeStretch(ctx, now)
    s.phase = 'break'
    s.breakEndsAt = now + cfg.breakMs
    return null
  }
  ctx.effects.push({
    type: 'record-break',
    kind: 'taken',
    occurredAt: now,
    durationMs: cfg.breakMs,
    sittingBeforeMs: sittingBefore(ctx, now),
  })
  // Paused or after hours, the break is recorded but the reminders stay as they were.
  if (!isCounting(s)) return null
  closeStretch(ctx, now)
  s.phase = 'break'
  s.breakEndsAt = now + cfg.breakMs
  return null
}

function reconfigure(ctx: StepContext, now: number): void {
  const { s, cfg } = ctx
  if (isCounting(s)) replanMicro(ctx, now)
  if (!isCounting(s) || s.intervalStart === null || s.snoozesInRow > 0) return
  const dueAt = s.intervalStart + cfg.intervalMs
  if (dueAt === s.dueAt) return
  s.dueAt = dueAt
  s.headsUpFor = null
  s.lull = null
  if (s.phase === 'due' && dueAt > now) {
    s.phase = 'sitting'
    s.dueNotifiedAt = null
  }
}
