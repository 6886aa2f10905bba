import type { ReminderStatus } from '../../shared/contract/reminders'
import type { MachineConfig, MachineState } from './machine-types'

export function buildStatus(
  s: MachineState,
  cfg: MachineConfig,
  now: number,
  extra: {
    notificationActions: boolean
    nextDaily: ReminderStatus['nextDaily']
    desktop: ReminderStatus['desktop']
    askPostponeReason: boolean
  },
): ReminderStatus {
  const counting = s.phase === 'sitting' || s.phase === 'due' || s.phase === 'away'
  return {
    phase: s.phase,
    now,
    sittingSince: counting && s.phase !== 'away' ? s.sittingSince : null,
    nextBreakAt: counting ? s.dueAt : null,
    breakEndsAt: s.phase === 'break' ? s.breakEndsAt : null,
    pausedUntil: s.phase === 'paused' ? (s.pause?.until ?? null) : null,
    pausedIndefinitely: s.phase === 'paused' && s.pause?.until == null,
    offHoursUntil: s.phase === 'off-hours' ? s.offHoursUntil : null,
    snoozesLeft: Math.max(0, cfg.snoozeLimit - s.snoozesInRow),
    snoozeMin: Math.round(cfg.snoozeMs / 60_000),
    strict: cfg.strict,
    skipsLeftToday: skipsLeft(s, cfg, now),
    askPostponeReason: extra.askPostponeReason,
    waitingForLullUntil: s.phase === 'sitting' && s.lull ? s.lull.until : null,
    quiet: s.quiet && cfg.enabled ? { ...s.quiet } : null,
    posture: s.posture ? { standing: s.posture.standing, changeAt: s.posture.changeAt } : null,
    idleDetection: s.idle.detection,
    notificationActions: extra.notificationActions,
    nextDaily: extra.nextDaily,
    desktop: extra.desktop,
  }
}

/**
 * What a person would see change: the phase, deadlines, and the whole minutes on the countdown.
 * A new key means a push to the renderer and the tray; the same key means nothing to redraw.
 */
export function statusKey(status: ReminderStatus): string {
  const minute = (t: number | null) => (t === null ? null : Math.floor((t - status.now) / 60_000))
  return JSON.stringify([
    status.phase,
    status.sittingSince,
    status.nextBreakAt,
    minute(status.nextBreakAt),
    status.sittingSince === null ? null : Math.floor((status.now - status.sittingSince) / 60_000),
    status.breakEndsAt,
    status.pausedUntil,
    status.pausedIndefinitely,
    status.offHoursUntil,
    status.snoozesLeft,
    status.strict,
    status.skipsLeftToday,
    status.askPostponeReason,
    status.waitingForLullUntil,
    status.quiet,
    status.posture,
    status.idleDetection,
    status.nextDaily,
  ])
}

function skipsLeft(s: MachineState, cfg: MachineConfig, now: number): number | null {
  if (cfg.skipsPerDay === 0) return null
  const used = s.skips.day === cfg.dayKey(now) ? s.skips.count : 0
  return Math.max(0, cfg.skipsPerDay - used)
}
