import { z } from 'zod'
import { channel } from './channel'

export type ReminderPhase =
  'sitting' | 'due' | 'away' | 'break' | 'paused' | 'off-hours' | 'disabled'
export type BreakKind = 'taken' | 'natural' | 'snoozed' | 'skipped'

/** What the desktop around Loosen allows; the Reminders screen explains anything not 'ok'. */
export interface DesktopState {
  /** 'failed': the system refused a native notification, so Loosen's own window reminds instead. */
  notifications: 'ok' | 'failed'
  /** 'requires-approval': macOS registered the login item but waits for the user to allow it. */
  launchAtLogin: 'ok' | 'requires-approval'
  /** 'missing': no tray host (GNOME without AppIndicator), so closing the window quits Loosen. */
  tray: 'ok' | 'missing'
}

export const DESKTOP_OK: Readonly<DesktopState> = Object.freeze({
  notifications: 'ok',
  launchAtLogin: 'ok',
  tray: 'ok',
})

/** What the Reminders screen and the tray show. Times are epoch ms on main's clock. */
export interface ReminderStatus {
  phase: ReminderPhase
  /** Main's clock when this was computed; countdowns are measured from it. */
  now: number
  sittingSince: number | null
  nextBreakAt: number | null
  breakEndsAt: number | null
  pausedUntil: number | null
  pausedIndefinitely: boolean
  offHoursUntil: number | null
  snoozesLeft: number
  snoozeMin: number
  /** 'unavailable': the idle source always reads 0, so natural breaks cannot be seen. */
  idleDetection: 'checking' | 'working' | 'unavailable'
  /** Start break / Snooze buttons on notifications (macOS and Windows only). */
  notificationActions: boolean
  nextDaily: { label: string; at: number } | null
  desktop: DesktopState
}

export interface BreakEvent {
  id: string
  kind: BreakKind
  occurredAt: number
  durationMs: number
  sittingBeforeMs: number
}

export interface DaySummary {
  /** Local date, YYYY-MM-DD. */
  date: string
  dayStart: number
  dayEnd: number
  sittingMs: number
  longestSittingMs: number
  taken: number
  /** Natural breaks that count as breaks: a night or an evening away does not (see countsAsBreak). */
  natural: number
  skipped: number
  snoozed: number
}

export interface TodayReport extends DaySummary {
  /** Stretches of sitting today, including the one under way. */
  spans: { startedAt: number; endedAt: number; open: boolean }[]
  breaks: BreakEvent[]
}

export const PAUSE_OPTIONS = ['30m', '1h', '2h', 'tomorrow', 'indefinitely'] as const
export type PauseOption = (typeof PAUSE_OPTIONS)[number]

export const reminderChannels = {
  'reminders:state': channel<ReminderStatus>()(z.undefined()),
  'reminders:snooze': channel<ReminderStatus>()(z.undefined()),
  'reminders:skip': channel<ReminderStatus>()(z.undefined()),
  'reminders:takeBreak': channel<ReminderStatus>()(z.undefined()),
  'reminders:pause': channel<ReminderStatus>()(
    z
      .object({
        for: z.enum(PAUSE_OPTIONS, {
          error: 'Pause for 30 minutes, 1 hour, 2 hours, until tomorrow or until resumed.',
        }),
      })
      .strict(),
  ),
  'reminders:resume': channel<ReminderStatus>()(z.undefined()),
  'reminders:today': channel<TodayReport>()(z.undefined()),
  'reminders:week': channel<DaySummary[]>()(z.undefined()),
  'reminders:testNotification': channel<null>()(z.undefined()),
}
