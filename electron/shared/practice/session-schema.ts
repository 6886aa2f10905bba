import { z } from 'zod'

/** A practice session as the player reports it: on completion, early stop, and at checkpoints. */
export const recordSessionSchema = z
  .object({
    /** Made by the renderer at the start, so before/after ratings can name it. */
    id: z.uuid({ error: 'valid.session.sessionIdUuid' }),
    practiceId: z.string().trim().min(1).max(80),
    practiceTitle: z.string().trim().min(1).max(80),
    /** Null for an open-ended session. */
    plannedMs: z.number().int().positive().max(86_400_000).nullable(),
    actualMs: z
      .number({ error: 'valid.session.givePractisedTimeMilliseconds' })
      .int()
      .min(0, { error: 'valid.session.practisedTimeNegative' })
      .max(86_400_000, { error: 'valid.session.sessionLastMoreDay' }),
    status: z.enum(['completed', 'stopped'], { error: 'valid.session.sessionCompletedStopped' }),
    startedAt: z.number().int().nonnegative(),
    endedAt: z.number().int().nonnegative(),
    /**
     * True on a checkpoint of a session still under way; absent or false on the final save and
     * while paused. Main keeps the computer from suspending Loosen while a session runs.
     */
    running: z.boolean().optional(),
  })
  .strict()
  .refine((session) => session.endedAt >= session.startedAt, {
    path: ['endedAt'],
    message: 'A session cannot end before it started.',
  })

export type RecordSessionInput = z.input<typeof recordSessionSchema>

export interface PracticeSession {
  id: string
  practiceId: string
  practiceTitle: string
  plannedMs: number | null
  actualMs: number
  status: 'completed' | 'stopped'
  startedAt: number
  endedAt: number
}

export const listSessionsSchema = z
  .object({
    limit: z.number().int().min(1).max(500).default(20),
  })
  .strict()
  .optional()
