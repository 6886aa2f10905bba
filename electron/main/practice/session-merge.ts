import { phrase } from '../../shared/text/phrase'
import type { PracticeSession, RecordSessionInput } from '../../shared/practice/session-schema'
import { ApiFailure } from '../core/api-failure'

/** Practised time may exceed the wall span only by rounding between the two clocks. */
export const SPAN_TOLERANCE_MS = 2_000

/**
 * What a save makes of the stored session. Sessions only grow in time: the start, the
 * practice and the plan are those of the first save; a completed session is final; a late or
 * repeated checkpoint never lowers the practised time or the end. The practised time is
 * checked against the stored start, never against a start the save claims.
 */
export function mergeSession(
  stored: PracticeSession | null,
  input: RecordSessionInput,
): PracticeSession {
  if (stored) {
    if (stored.practiceId !== input.practiceId) {
      throw new ApiFailure(
        'conflict',
        phrase('main.refusal.practice.sessionIdBelongsAnother'),
        'id',
      )
    }
    if (stored.startedAt !== input.startedAt) {
      throw new ApiFailure(
        'conflict',
        phrase('main.refusal.practice.sessionKeepsStartFirst'),
        'startedAt',
      )
    }
    if (stored.plannedMs !== input.plannedMs) {
      throw new ApiFailure(
        'conflict',
        phrase('main.refusal.practice.sessionKeepsLengthPlanned'),
        'plannedMs',
      )
    }
  }
  if (input.actualMs > input.endedAt - input.startedAt + SPAN_TOLERANCE_MS) {
    throw new ApiFailure(
      'invalid_input',
      phrase('main.refusal.practice.practisedTimeLongerTime'),
      'actualMs',
    )
  }
  if (!stored) {
    return {
      id: input.id,
      practiceId: input.practiceId,
      practiceTitle: input.practiceTitle,
      plannedMs: input.plannedMs,
      actualMs: input.actualMs,
      status: input.status,
      startedAt: input.startedAt,
      endedAt: input.endedAt,
    }
  }
  // A finished session stays finished; a late checkpoint or a second completion cannot change it.
  if (stored.status === 'completed') return stored
  return {
    ...stored,
    actualMs: Math.max(stored.actualMs, input.actualMs),
    endedAt: Math.max(stored.endedAt, input.endedAt),
    status: input.status,
  }
}
