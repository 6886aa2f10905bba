import { z } from 'zod'
import { HIP_REGIONS, noteSchema } from '../contract/log'
import { BROKEN_CHARACTER_MESSAGE, hasNoNul, isWellFormed, NUL_MESSAGE } from '../text/well-formed'

/**
 * Why a practice was stopped early, when the person says it was pain or discomfort: an adverse
 * event in the IMMPACT sense, in their own words. Asked once when stopping, always skippable;
 * nothing is stored when they do not answer.
 */
export const STOP_REASONS = ['pain', 'discomfort'] as const
export type StopReasonKind = (typeof STOP_REASONS)[number]

export const STEP_TEXT_MAX = 300

const stepText = z
  .string({ error: 'valid.stopReason.stepNamedText' })
  .trim()
  .min(1, { error: 'valid.stopReason.nameStepSessionWas' })
  .max(STEP_TEXT_MAX, { error: 'valid.stopReason.keepStepText300' })
  .refine(isWellFormed, { error: BROKEN_CHARACTER_MESSAGE })
  .refine(hasNoNul, { error: NUL_MESSAGE })

export const recordStopReasonSchema = z
  .object({
    /** The session that was stopped; it must already be saved. */
    sessionId: z.uuid({ error: 'valid.stopReason.sessionIdUuid' }),
    reason: z.enum(STOP_REASONS, { error: 'valid.stopReason.reasonStoppingPainDiscomfort' }),
    /** Where it was felt, from the body map; may be empty. */
    regions: z
      .array(
        z.enum(HIP_REGIONS, {
          error: (issue) =>
            typeof issue.input === 'string'
              ? `"${issue.input}" is not a body-map region. Use one of: ${HIP_REGIONS.join(', ')}.`
              : `Name each region as text, one of: ${HIP_REGIONS.join(', ')}.`,
        }),
      )
      .max(HIP_REGIONS.length)
      .refine((list) => new Set(list).size === list.length, {
        error: 'valid.stopReason.nameEachRegionOnce',
      }),
    note: noteSchema.optional(),
    /** The step the session was on (0-based), what it said, and whether it was a movement. */
    stepIndex: z.number().int().min(0).max(1000),
    stepText,
    movement: z.boolean(),
  })
  .strict()

export type RecordStopReasonInput = z.input<typeof recordStopReasonSchema>

export interface StopReason {
  sessionId: string
  reason: StopReasonKind
  regions: string[]
  /** Empty when none was written. */
  note: string
  stepIndex: number
  stepText: string
  movement: boolean
  recordedAt: number
}

/** A stored stop reason as a backup file carries it: the request, and when it was recorded. */
export const stopReasonSnapshotSchema = recordStopReasonSchema
  .extend({
    note: noteSchema,
    recordedAt: z.number().int().nonnegative(),
  })
  .strict()
