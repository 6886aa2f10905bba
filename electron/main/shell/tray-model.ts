import type { PauseOption, ReminderStatus } from '../../shared/contract/reminders'
import { PRACTICE_SHORTCUTS } from '../../shared/reminders/practice-shortcuts'
import { quietText } from '../../shared/reminders/quiet-text'

export type TrayAction =
  | { type: 'start-break' }
  | { type: 'practice'; practiceId: string }
  | { type: 'log' }
  | { type: 'pause'; option: PauseOption }
  | { type: 'resume' }
  | { type: 'open' }
  | { type: 'quit' }

export interface TrayItem {
  label: string
  enabled?: boolean
  action?: TrayAction
  submenu?: TrayItem[]
  separator?: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

function clock(epochMs: number): string {
  const d = new Date(epochMs)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

function minutesLeft(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 60_000))
}

/** One line saying where reminders stand; the tray menu's first item and its tooltip. */
export function trayHeadline(s: ReminderStatus): string {
  const counting = s.phase === 'sitting' || s.phase === 'due' || s.phase === 'away'
  if (s.quiet && counting) return quietText(s.quiet.reason, s.quiet.detail)
  switch (s.phase) {
    case 'sitting': {
      if (s.nextBreakAt === null) return 'Counting sitting time'
      const n = minutesLeft(s.nextBreakAt, s.now)
      return n <= 1 ? 'Next break in under a minute' : `Next break in ${n} min`
    }
    case 'due':
      return 'Time for a movement break'
    case 'away':
      return 'Away from the desk'
    case 'break':
      return s.breakEndsAt === null ? 'On a break' : `On a break until ${clock(s.breakEndsAt)}`
    case 'paused':
      return s.pausedUntil === null
        ? 'Paused until resumed'
        : `Paused until ${clock(s.pausedUntil)}`
    case 'off-hours':
      return 'Outside working hours'
    case 'disabled':
      return 'Break reminders are off'
  }
}

/** The short countdown beside the tray icon on macOS. */
export function trayTitle(s: ReminderStatus): string {
  if (s.phase === 'due') return 'Move'
  if (s.phase === 'sitting' && s.nextBreakAt !== null)
    return `${minutesLeft(s.nextBreakAt, s.now)}m`
  return ''
}

export function trayMenuModel(s: ReminderStatus): TrayItem[] {
  const paused = s.phase === 'paused'
  return [
    { label: trayHeadline(s), enabled: false },
    { label: '', separator: true },
    { label: 'Start movement break', action: { type: 'start-break' } },
    {
      label: 'Start a practice',
      submenu: PRACTICE_SHORTCUTS.map((p) => ({
        label: p.title,
        action: { type: 'practice', practiceId: p.id } as const,
      })),
    },
    { label: 'Log tension…', action: { type: 'log' } },
    paused
      ? { label: 'Resume reminders', action: { type: 'resume' } }
      : {
          label: 'Pause reminders',
          enabled: s.phase !== 'disabled',
          submenu: [
            { label: 'For 30 minutes', action: { type: 'pause', option: '30m' } },
            { label: 'For 1 hour', action: { type: 'pause', option: '1h' } },
            { label: 'For 2 hours', action: { type: 'pause', option: '2h' } },
            { label: 'Until tomorrow morning', action: { type: 'pause', option: 'tomorrow' } },
            { label: 'Until I resume', action: { type: 'pause', option: 'indefinitely' } },
          ],
        },
    { label: '', separator: true },
    { label: 'Open Loosen', action: { type: 'open' } },
    { label: 'Quit Loosen', action: { type: 'quit' } },
  ]
}

/**
 * Keeps the tooltip countdown to at most one change a minute. A change of phase (paused,
 * due…) shows at once: a stale "next break in 5 min" after pausing would be wrong, not just late.
 */
export class TooltipThrottle {
  private lastAt = Number.NEGATIVE_INFINITY
  private lastText = ''
  private lastPhase = ''

  next(status: ReminderStatus, now: number): string | null {
    const text = `Loosen — ${trayHeadline(status)}`
    if (text === this.lastText) return null
    // A quiet time starting or ending is a change of state too, shown at once.
    const phase = `${status.phase}/${status.quiet?.reason ?? ''}`
    if (phase === this.lastPhase && now - this.lastAt < 60_000) return null
    this.lastAt = now
    this.lastText = text
    this.lastPhase = phase
    return text
  }
}
