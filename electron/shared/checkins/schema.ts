import { z } from 'zod'
import { GLOBAL_CHANGE_MAX, GLOBAL_CHANGE_MIN } from './global-change'
import { PEG_ITEM_MAX, PEG_ITEM_MIN, PEG_ITEMS } from './peg'
import { INSTRUMENTS, type Instrument } from './schedule'

const pegItem = z
  .number({ error: 'Answer each question with a number from 0 to 10.' })
  .int({ error: 'Use a whole number from 0 to 10.' })
  .min(PEG_ITEM_MIN, { error: 'The lowest answer is 0.' })
  .max(PEG_ITEM_MAX, { error: 'The highest answer is 10.' })

const globalChangeItem = z
  .number({ error: 'Choose one of the seven answers.' })
  .int({ error: 'Choose one of the seven answers.' })
  .min(GLOBAL_CHANGE_MIN, { error: 'Choose one of the seven answers.' })
  .max(GLOBAL_CHANGE_MAX, { error: 'Choose one of the seven answers.' })

const epochMs = z.number().int().nonnegative()
const checkinId = z.string().min(1).max(64)

export const instrumentSchema = z.enum(INSTRUMENTS, {
  error: `A check-in is one of: ${INSTRUMENTS.join(', ')}.`,
})

export const answerCheckinSchema = z.discriminatedUnion('instrument', [
  z
    .object({
      instrument: z.literal('peg'),
      answers: z.array(pegItem).length(PEG_ITEMS.length, {
        error: 'Answer all three PEG questions.',
      }),
      takenAt: epochMs.optional(),
    })
    .strict(),
  z
    .object({
      instrument: z.literal('global-change'),
      answers: z.array(globalChangeItem).length(1, { error: 'Choose one answer.' }),
      takenAt: epochMs.optional(),
    })
    .strict(),
])
export type AnswerCheckinInput = z.infer<typeof answerCheckinSchema>

export const skipCheckinSchema = z.object({ instrument: instrumentSchema }).strict()

export const listCheckinsSchema = z
  .object({ from: epochMs.optional(), to: epochMs.optional() })
  .strict()
  .optional()

export const checkinIdSchema = z.object({ id: checkinId }).strict()

/** One check-in as stored: answered (with its answers and score) or skipped (neither). */
export interface Checkin {
  id: string
  instrument: Instrument
  status: 'answered' | 'skipped'
  takenAt: number
  utcOffsetMin: number
  answers: number[]
  /** PEG: the mean of its items; global impression: the answer (1-7); null when skipped. */
  score: number | null
}

/** A UTC offset in minutes, as the world's zones have them (−12 to +14 hours). */
const offsetMin = z.number().int().min(-720).max(840)

/**
 * A stored check-in as a backup file carries it (export, import): answered, when its answers
 * must pass the app's own answer request, or skipped, with no answers.
 */
export const checkinSnapshotSchema = z
  .object({
    id: checkinId,
    instrument: instrumentSchema,
    status: z.enum(['answered', 'skipped'], {
      error: 'A check-in is "answered" or "skipped".',
    }),
    takenAt: epochMs,
    utcOffsetMin: offsetMin,
    answers: z.array(z.unknown()),
  })
  .strict()
  .transform((snapshot, ctx) => {
    if (snapshot.status === 'skipped') {
      if (snapshot.answers.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers'],
          message: 'A skipped check-in has no answers.',
        })
        return z.NEVER
      }
      return { ...snapshot, answers: [] as number[] }
    }
    const answer = answerCheckinSchema.safeParse({
      instrument: snapshot.instrument,
      answers: snapshot.answers,
    })
    if (!answer.success) {
      for (const issue of answer.error.issues) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
      }
      return z.NEVER
    }
    return { ...snapshot, answers: [...answer.data.answers] }
  })
export type CheckinSnapshot = z.output<typeof checkinSnapshotSchema>
