import type { RecordSessionInput } from '../../../electron/shared/practice/session-schema'
import type { Timeline } from '../../../electron/shared/practice/timeline'

export interface SessionSaveInput {
  sessionId: string
  timeline: Timeline
  /** Wall-clock start, taken once as the session began. */
  startedAt: number
  /** Practised time so far, from the session clock (pauses left out). */
  activeMs: number
  /** Monotonic moment the session ended, or null while it goes on. */
  endedAtMonotonic: number | null
  status: 'completed' | 'stopped'
  /** Whether the session is still running (a checkpoint), not paused or over. */
  running: boolean
  wallNow: number
  monoNow: number
}

/** Practised time as saved and shown: whole milliseconds, never more than planned. */
export function practisedMs(activeMs: number, plannedMs: number | null): number {
  const whole = Math.max(0, Math.round(activeMs))
  return plannedMs === null ? whole : Math.min(whole, plannedMs)
}

/**
 * One save of a session as it stands. A finished session ends, on the wall clock, when it
 * ended on the monotonic one, not when a held-back page got round to saving it; and an end is
 * never earlier than the start plus the time practised (a wall clock set back meanwhile).
 */
export function sessionSave(input: SessionSaveInput): RecordSessionInput {
  const { timeline, startedAt } = input
  const actualMs = practisedMs(input.activeMs, timeline.totalMs)
  const sinceEnd =
    input.endedAtMonotonic === null ? 0 : Math.max(0, input.monoNow - input.endedAtMonotonic)
  const endedAt = Math.max(Math.round(input.wallNow - sinceEnd), startedAt + actualMs)
  return {
    id: input.sessionId,
    practiceId: timeline.practiceId,
    practiceTitle: timeline.title,
    plannedMs: timeline.totalMs,
    actualMs,
    status: input.status,
    startedAt,
    endedAt,
    running: input.running,
  }
}
