import { z } from 'zod'
import { INSIGHTS_RANGES, type InsightsRange } from '../log/insights-types'
import { POSTPONE_REASON_MAX } from '../settings/reminders'
import { channel } from './channel'

export type ReminderPhase =
  'sitting' | 'due' | 'away' | 'break' | 'paused' | 'off-hours' | 'disabled'
/**
 * 'not-taken': a break was started but the user was not away long enough for it to count.
 * 'prompt': a due reminder was shown (durationMs: how long it waited for a pause in typing).
 */
export const BREAK_KINDS = [
  'taken',
  'natural',
  'snoozed',
  'skipped',
  'not-taken',
  'prompt',
] as const
export type BreakKind = (typeof BREAK_KINDS)[number]

/** Why reminders are holding back: a call, a fullscreen app, a chosen app in front, or DND. */
export type QuietReason = 'call' | 'fullscreen' | 'focus-app' | 'do-not-disturb'

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
  /** Strict mode: skipping is off. */
  strict: boolean
  /** Skips left today under the daily limit; null = no limit. */
  skipsLeftToday: number | null
  /** Whether a snooze asks for an optional reason. */
  askPostponeReason: boolean
  /** Set while a due reminder waits for a pause in typing: when the wait ends at the latest. */
  waitingForLullUntil: number | null
  /** Set during a quiet time: reminders wait, and a break due meanwhile is offered once after. */
  quiet: { reason: QuietReason; detail: string | null; since: number } | null
  /** Sit/stand mode (null = off): standing now or not, and when the next change is prompted. */
  posture: { standing: boolean; changeAt: number | null } | null
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
  /** Breaks started today but not taken: away for less than the required share of the break. */
  notTaken: number
  /** Recent reasons given when postponing, newest first. */
  postponeReasons: { at: number; reason: string }[]
  /** How often reminders were followed by a break, over the last weeks. */
  prompts: PromptReport
}

/** Prompts followed by a break (of at least a minute) starting within 1, 3 and 5 minutes. */
export interface FollowedCounts {
  prompts: number
  within1: number
  within3: number
  within5: number
}

export interface PromptReport {
  /** The report covers [from, to). */
  from: number
  to: number
  overall: FollowedCounts
  /** Local hour of day 0–23 → counts; hours without prompts are left out. */
  byHour: ({ hour: number } & FollowedCounts)[]
  /** The last seven local days, oldest first: sitting stretches over 30 minutes, and the longest. */
  bouts: { date: string; dayStart: number; over30: number; longestMs: number }[]
  /** Average wait for a pause in typing before a reminder, when any reminder waited. */
  meanWaitMs: number | null
  /** A suggestion the user may act on; Loosen never changes a setting by itself. */
  suggestion: PromptSuggestion | null
}

/** Prompts and long sitting over one Insights range: associations from the app's own records. */
export interface RangePromptReport {
  range: InsightsRange
  /** The range covers [from, to): from the first local day's midnight (0 for all) to now. */
  from: number
  to: number
  overall: FollowedCounts
  /** Local hour of day 0–23 → counts; hours without prompts are left out. */
  byHour: ({ hour: number } & FollowedCounts)[]
  /** Sitting stretches over 30 minutes, each on the local day it began. */
  bouts: {
    /** Local days with any sitting recorded. */
    sittingDays: number
    over30: number
    /** The longest stretch and the local date (YYYY-MM-DD) it began, or null with no sitting. */
    longest: { ms: number; date: string } | null
  }
}

export type PromptSuggestion =
  | { kind: 'interval'; currentMin: number; suggestedMin: number; basedOn: number }
  | { kind: 'hour'; hour: number; rate: number; overallRate: number; basedOn: number }

export const PAUSE_OPTIONS = ['30m', '1h', '2h', 'tomorrow', 'indefinitely'] as const
export type PauseOption = (typeof PAUSE_OPTIONS)[number]

export const reminderChannels = {
  'reminders:state': channel<ReminderStatus>()(z.undefined()),
  'reminders:snooze': channel<ReminderStatus>()(
    z
      .object({
        reason: z
          .string({ error: 'valid.remindersRequest.reasonText' })
          .trim()
          .max(POSTPONE_REASON_MAX, {
            error: `Keep the reason under ${String(POSTPONE_REASON_MAX)} characters.`,
          }),
      })
      .strict()
      .optional(),
  ),
  'reminders:skip': channel<ReminderStatus>()(z.undefined()),
  'reminders:takeBreak': channel<ReminderStatus>()(z.undefined()),
  /** The break window's "Start movement break": records the break and opens the Movement Break. */
  'reminders:startMovementBreak': channel<ReminderStatus>()(z.undefined()),
  'reminders:pause': channel<ReminderStatus>()(
    z
      .object({
        for: z.enum(PAUSE_OPTIONS, {
          error: 'valid.remindersRequest.pause30Minutes1',
        }),
      })
      .strict(),
  ),
  'reminders:resume': channel<ReminderStatus>()(z.undefined()),
  'reminders:today': channel<TodayReport>()(z.undefined()),
  'reminders:week': channel<DaySummary[]>()(z.undefined()),
  /** The prompt report over an Insights range (Insights reads it; nothing is written). */
  'reminders:prompts': channel<RangePromptReport>()(
    z
      .object({
        range: z.enum(INSIGHTS_RANGES, { error: 'valid.remindersRequest.pick30Days90' }),
      })
      .strict(),
  ),
  'reminders:testNotification': channel<null>()(z.undefined()),
}
