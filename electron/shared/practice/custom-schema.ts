import { z } from 'zod'

/** The user's own breathing patterns and timer presets, as stored in `custom_practices.body`. */

/** Seconds each phase of one breath may last. */
export const BREATH_PHASE_BOUNDS = {
  inhale: { min: 1, max: 20 },
  topUp: { min: 0, max: 5 },
  holdIn: { min: 0, max: 20 },
  exhale: { min: 1, max: 30 },
  holdOut: { min: 0, max: 20 },
} as const

/** Minutes a breathing pattern may last. */
export const BREATHING_LENGTH_BOUNDS = { min: 1, max: 60 } as const

/** A timer preset: warm-up seconds, length and interval minutes. */
export const TIMER_BOUNDS = {
  warmUpS: { min: 0, max: 300 },
  lengthMin: { min: 1, max: 180 },
  intervalMin: { min: 1, max: 60 },
} as const

/** The longest name of a pattern or preset, in characters. */
export const CUSTOM_NAME_MAX = 60

const phaseSeconds = (label: string, { min, max }: { min: number; max: number }) =>
  z
    .number({ error: `Give the ${label} in seconds.` })
    .min(min, { error: `The ${label} must be at least ${min} s.` })
    .max(max, { error: `Keep the ${label} to ${max} s or less.` })

export const customBreathingBodySchema = z
  .object({
    inhale: phaseSeconds('in-breath', BREATH_PHASE_BOUNDS.inhale),
    topUp: phaseSeconds('top-up sip', BREATH_PHASE_BOUNDS.topUp).default(0),
    holdIn: phaseSeconds('hold after the in-breath', BREATH_PHASE_BOUNDS.holdIn).default(0),
    exhale: phaseSeconds('out-breath', BREATH_PHASE_BOUNDS.exhale),
    holdOut: phaseSeconds('hold after the out-breath', BREATH_PHASE_BOUNDS.holdOut).default(0),
    lengthMin: z
      .number({ error: 'valid.customPractice.giveLengthMinutes' })
      .min(BREATHING_LENGTH_BOUNDS.min, { error: 'valid.customPractice.sessionLastsLeast1' })
      .max(BREATHING_LENGTH_BOUNDS.max, {
        error: `Keep a session to ${String(BREATHING_LENGTH_BOUNDS.max)} minutes or less.`,
      }),
  })
  .strict()

export const customTimerBodySchema = z
  .object({
    warmUpS: z
      .number({ error: 'valid.customPractice.giveWarmUpSeconds' })
      .int({ error: 'valid.customPractice.useWholeSecondsWarm' })
      .min(TIMER_BOUNDS.warmUpS.min, { error: 'valid.customPractice.warmUpNegative' })
      .max(TIMER_BOUNDS.warmUpS.max, {
        error: `Keep the warm-up to ${String(TIMER_BOUNDS.warmUpS.max / 60)} minutes or less.`,
      }),
    /** Null means open-ended: the session runs until the user ends it. */
    lengthMin: z
      .number({ error: 'valid.customPractice.giveLengthMinutes' })
      .min(TIMER_BOUNDS.lengthMin.min, { error: 'valid.customPractice.timedSessionLastsLeast' })
      .max(TIMER_BOUNDS.lengthMin.max, {
        error: `Keep a session to ${String(TIMER_BOUNDS.lengthMin.max)} minutes or less.`,
      })
      .nullable(),
    /** Null means no interval bells. */
    intervalMin: z
      .number({ error: 'valid.customPractice.giveIntervalMinutes' })
      .min(TIMER_BOUNDS.intervalMin.min, { error: 'valid.customPractice.ringIntervalBellsMost' })
      .max(TIMER_BOUNDS.intervalMin.max, { error: 'valid.customPractice.ringIntervalBellsLeast' })
      .nullable(),
    startBell: z.boolean(),
    endBell: z.boolean(),
  })
  .strict()

export type CustomBreathingBody = z.output<typeof customBreathingBodySchema>
export type CustomTimerBody = z.output<typeof customTimerBodySchema>

const nameSchema = z
  .string({ error: 'valid.customPractice.giveName' })
  .trim()
  .min(1, { error: 'valid.customPractice.giveName' })
  .max(CUSTOM_NAME_MAX, {
    error: `Keep the name to ${String(CUSTOM_NAME_MAX)} characters or less.`,
  })

const idSchema = z
  .string()
  .regex(/^custom-[a-z0-9-]{1,64}$/, { error: 'valid.customPractice.notIdOneYour' })

export const saveCustomSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        id: idSchema.optional(),
        kind: z.literal('breathing'),
        name: nameSchema,
        body: customBreathingBodySchema,
      })
      .strict(),
    z
      .object({
        id: idSchema.optional(),
        kind: z.literal('timer'),
        name: nameSchema,
        body: customTimerBodySchema,
      })
      .strict(),
  ],
  { error: 'valid.customPractice.chooseBreathingPatternTimer' },
)

export const customIdSchema = z.object({ id: idSchema }).strict()

export type SaveCustomInput = z.input<typeof saveCustomSchema>

export type CustomPractice =
  | {
      id: string
      kind: 'breathing'
      name: string
      body: CustomBreathingBody
      createdAt: number
      updatedAt: number
    }
  | {
      id: string
      kind: 'timer'
      name: string
      body: CustomTimerBody
      createdAt: number
      updatedAt: number
    }

export function isCustomPracticeId(id: string): boolean {
  return id.startsWith('custom-')
}
