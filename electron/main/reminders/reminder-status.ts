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
    status.idleDetection,
    status.nextDaily,
  ])
}
