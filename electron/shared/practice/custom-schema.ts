import { z } from 'zod'

/** The user's own breathing patterns and timer presets, as stored in `custom_practices.body`. */

const phaseSeconds = (label: string, min: number, max: number) =>
  z
    .number({ error: `Give the ${label} in seconds.` })
    .min(min, { error: `The ${label} must be at least ${min} s.` })
    .max(max, { error: `Keep the ${label} to ${max} s or less.` })

export const customBreathingBodySchema = z
  .object({
    inhale: phaseSeconds('in-breath', 1, 20),
    topUp: phaseSeconds('top-up sip', 0, 5).default(0),
    holdIn: phaseSeconds('hold after the in-breath', 0, 20).default(0),
    exhale: phaseSeconds('out-breath', 1, 30),
    holdOut: phaseSeconds('hold after the out-breath', 0, 20).default(0),
    lengthMin: z
      .number({ error: 'Give the length in minutes.' })
      .min(1, { error: 'A session lasts at least 1 minute.' })
      .max(60, { error: 'Keep a session to 60 minutes or less.' }),
  })
  .strict()

export const customTimerBodySchema = z
  .object({
    warmUpS: z
      .number({ error: 'Give the warm-up in seconds.' })
      .int({ error: 'Use whole seconds for the warm-up.' })
      .min(0, { error: 'The warm-up cannot be negative.' })
      .max(300, { error: 'Keep the warm-up to 5 minutes or less.' }),
    /** Null means open-ended: the session runs until the user ends it. */
    lengthMin: z
      .number({ error: 'Give the length in minutes.' })
      .min(1, { error: 'A timed session lasts at least 1 minute.' })
      .max(180, { error: 'Keep a session to 180 minutes or less.' })
      .nullable(),
    /** Null means no interval bells. */
    intervalMin: z
      .number({ error: 'Give the interval in minutes.' })
      .min(1, { error: 'Ring interval bells at most once a minute.' })
      .max(60, { error: 'Ring interval bells at least once an hour.' })
      .nullable(),
    startBell: z.boolean(),
    endBell: z.boolean(),
  })
  .strict()

export type CustomBreathingBody = z.output<typeof customBreathingBodySchema>
export type CustomTimerBody = z.output<typeof customTimerBodySchema>

const nameSchema = z
  .string({ error: 'Give it a name.' })
  .trim()
  .min(1, { error: 'Give it a name.' })
  .max(60, { error: 'Keep the name to 60 characters or less.' })

const idSchema = z
  .string()
  .regex(/^custom-[a-z0-9-]{1,64}$/, { error: 'That is not the id of one of your practices.' })

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
  { error: 'Choose a breathing pattern or a timer preset.' },
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
