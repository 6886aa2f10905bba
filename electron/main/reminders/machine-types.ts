import type { BreakKind, QuietReason } from '../../shared/contract/reminders'
import type { HoursVerdict } from '../../shared/reminders/working-hours'
import type { CueTrigger } from '../../shared/settings/reminders'

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
/** While a break is on trial, idle time is read this often to see whether the user left. */
export const BREAK_POLL_MS = 30_000
/** A Movement Break finished this long after the break's end still earns its credit. */
export const MOVEMENT_GRACE_MS = 15 * 60_000
/** No input for this long is a pause in typing: a good moment to remind. */
export const LULL_MS = 2_500
/** While waiting for such a pause, idle time is read this often (only then, and at most N min). */
export const LULL_POLL_MS = 2_500

export interface MachineConfig {
  enabled: boolean
  intervalMs: number
  breakMs: number
  naturalBreakMs: number
  /** 0 turns the heads-up off. */
  headsUpMs: number
  snoozeMs: number
  snoozeLimit: number
  /** Share (0–1) of a started break the user must be away for it to count; 0 credits at once. */
  creditShare: number
  /** No skipping. */
  strict: boolean
  /** Skips allowed per local day; 0 = no limit. */
  skipsPerDay: number
  /** Sitting between micro-breaks; 0 = none. */
  microEveryMs: number
  /** Longest wait for a pause in typing before a due reminder; 0 = remind at once. */
  lullWaitMs: number
  /** Standing desk: time at the desk between "stand up" and "sit down" prompts; 0 = off. */
  sitStandMs: number
  /** The local date of `t`, as a key (a new key means a new day for the skip limit). */
  dayKey: (t: number) => string
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
  /** A started break waiting for its verdict: was the user away long enough? */
  trial: BreakTrial | null
  /** Skips on the local day `day`. */
  skips: { day: string; count: number }
  /** A due reminder held back while the user types: since when, and the latest it may wait. */
  lull: { since: number; until: number } | null
  /** A quiet time under way: no reminders until it ends, then one for a break missed meanwhile. */
  quiet: { since: number; reason: QuietReason; detail: string | null } | null
  /** When the next micro-break is due (null = none planned). */
  microAt: number | null
  /** A break fell due during a quiet time: its reminder names it when the quiet time ends. */
  quietHeld: QuietReason | null
  /**
   * Sit/stand mode (null = off): the posture now and when it next changes while at the desk
   * (`changeAt`), or what is left of it while away (`leftMs`, held since `heldSince`).
   */
  posture: {
    standing: boolean
    changeAt: number | null
    leftMs: number | null
    heldSince: number | null
  } | null
}

export interface BreakTrial {
  startedAt: number
  endsAt: number
  /** After this the verdict is given even without a finished Movement Break. */
  verdictAt: number
  sittingBeforeMs: number
  /** Stretches without input within the break, merged and sorted. */
  awayIntervals: [number, number][]
  /** The break opened the Movement Break, so finishing it can still earn the credit. */
  viaMovement: boolean
}

export type MachineInput =
  /** `scheduled`: the machine's own timer fired (so about `expectedWakeAt - lastStepAt` passed). */
  | { type: 'tick'; idleMs: number | null; scheduled?: boolean }
  | { type: 'lock' | 'unlock' | 'suspend' | 'resume' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'take-break'; movement?: boolean }
  /** What the quiet source read: a reason to hold reminders back, or none. */
  | { type: 'quiet'; reason: QuietReason | null; detail: string | null }
  /** A Movement Break was finished at `at`. */
  | { type: 'movement-finished'; at: number }
  | { type: 'pause'; until: number | null; relative: boolean }
  | { type: 'resume-reminders' }
  | { type: 'reconfigure' }
  | { type: 'shutdown' }

export type Effect =
  | {
      type: 'notify'
      kind: 'heads-up' | 'due' | 'micro' | 'stand' | 'sit'
      dueAt: number
      sittingMs: number
      /** The break fell due during this quiet time, which has just ended. */
      afterQuiet?: QuietReason
    }
  | {
      type: 'record-break'
      kind: BreakKind
      occurredAt: number
      durationMs: number
      sittingBeforeMs: number
    }
  | { type: 'record-span'; startedAt: number; endedAt: number }
  /** An event a planned cue may follow; `awayMs`: how long the person was away, for 'back'. */
  | { type: 'cue'; triggers: CueTrigger[]; awayMs: number }

export interface StepResult {
  state: MachineState
  effects: Effect[]
  /** When to step again (absolute wall time); null = only on an event. */
  wakeAt: number | null
  /** Set when a user command cannot apply now; the text is for the user. */
  /** A message id (main.refusal.reminders.*) saying why a command was refused. */
  refused: string | null
}
