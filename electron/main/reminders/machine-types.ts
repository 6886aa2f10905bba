import type { BreakKind } from '../../shared/contract/reminders'
import type { HoursVerdict } from '../../shared/reminders/working-hours'

export type { BreakKind }

/** Never read the idle source more often than this while the user is active. */
export const MIN_POLL_MS = 15_000
/** The usual poll while counting: idle time tells when someone left, so polling rarely loses nothing. */
export const ACTIVE_POLL_MS = 60_000
/** A step this much later than planned means the process did not run: the machine slept. */
export const SLEEP_TOLERANCE_MS = 60_000
/** Small backward steps are timer jitter; larger ones are the wall clock being set back. */
export const CLOCK_BACK_TOLERANCE_MS = 2_000
/** An unanswered reminder is repeated this often, never more. */
export const DUE_REPEAT_MS = 15 * 60_000
/** An idle source that reads exactly 0 for this long of regular polls cannot see input. */
export const IDLE_ZERO_VERDICT_MS = 30 * 60_000
/** While locked, one idle read this long after the lock tells whether idle time works at all. */
export const LOCK_PROBE_MS = 90_000
/** Sitting stretches shorter than this are not worth a row. */
export const MIN_SPAN_MS = 60_000

export interface MachineConfig {
  enabled: boolean
  intervalMs: number
  breakMs: number
  naturalBreakMs: number
  /** 0 turns the heads-up off. */
  headsUpMs: number
  snoozeMs: number
  snoozeLimit: number
  /** Whether reminders run at `t`, and when that next changes. */
  workingHours: (t: number) => HoursVerdict
}

export type Phase = 'sitting' | 'due' | 'away' | 'break' | 'paused' | 'off-hours' | 'disabled'
export type AwayReason = 'idle' | 'lock' | 'suspend' | 'sleep'
export type IdleDetection = 'checking' | 'working' | 'unavailable'

export interface MachineState {
  phase: Phase
  lastStepAt: number
  /** When the machine asked to be woken; a step far beyond it means the process was asleep. */
  expectedWakeAt: number | null
  /** Start of the current stretch of sitting (for the record and "sitting for X min"). */
  sittingSince: number | null
  /** Absolute wall-clock deadline of the next reminder. */
  dueAt: number | null
  /** Start of the current interval, so a changed interval moves the deadline. */
  intervalStart: number | null
  headsUpFor: number | null
  dueNotifiedAt: number | null
  snoozesInRow: number
  away: { since: number; reason: AwayReason } | null
  lockedAt: number | null
  suspendedAt: number | null
  breakEndsAt: number | null
  /** In 'paused': when it ends (null = until resumed); relative pauses survive clock changes. */
  pause: { until: number | null; relative: boolean } | null
  offHoursUntil: number | null
  idle: { detection: IdleDetection; zeroSince: number | null }
}

export type MachineInput =
  /** `scheduled`: the machine's own timer fired (so about `expectedWakeAt - lastStepAt` passed). */
  | { type: 'tick'; idleMs: number | null; scheduled?: boolean }
  | { type: 'lock' | 'unlock' | 'suspend' | 'resume' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'take-break' }
  | { type: 'pause'; until: number | null; relative: boolean }
  | { type: 'resume-reminders' }
  | { type: 'reconfigure' }
  | { type: 'shutdown' }

export type Effect =
  | { type: 'notify'; kind: 'heads-up' | 'due'; dueAt: number; sittingMs: number }
  | {
      type: 'record-break'
      kind: BreakKind
      occurredAt: number
      durationMs: number
      sittingBeforeMs: number
    }
  | { type: 'record-span'; startedAt: number; endedAt: number }

export interface StepResult {
  state: MachineState
  effects: Effect[]
  /** When to step again (absolute wall time); null = only on an event. */
  wakeAt: number | null
  /** Set when a user command cannot apply now; the text is for the user. */
  refused: string | null
}
