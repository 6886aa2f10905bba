import { z } from 'zod'

/**
 * The shape of a practice script in `assets/practices/*.json`. Scripts are data: the engine
 * turns one (plus the options the user chose) into a timeline, so every rule a script must
 * follow lives here and is checked when the app loads it and in a unit test.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Use lowercase letters, digits and dashes.' })

const seconds = (max: number) =>
  z
    .number({ error: 'Give a number of seconds.' })
    .min(0, { error: 'Seconds cannot be negative.' })
    .max(max, { error: `Keep this under ${max} seconds.` })

/** One breath, in seconds per phase. A zero phase is skipped. */
export const breathPatternSchema = z
  .object({
    inhale: seconds(20).min(1, { error: 'An in-breath needs at least 1 second.' }),
    /** A short second sip of air on top of the first (cyclic sighing). */
    topUp: seconds(5).default(0),
    holdIn: seconds(20).default(0),
    exhale: seconds(30).min(1, { error: 'An out-breath needs at least 1 second.' }),
    holdOut: seconds(20).default(0),
  })
  .strict()

export type BreathPatternInput = z.input<typeof breathPatternSchema>
export type BreathPattern = z.output<typeof breathPatternSchema>

export const POSE_NAMES = [
  'stand-walk',
  'kneeling-lunge',
  'seated-figure-four',
  'pigeon',
  'shake-out',
] as const

export const stepSchema = z
  .object({
    id: slug,
    /** The large instruction on screen (and what speech reads). */
    text: z.string().trim().min(1, { error: 'A step needs words to show.' }).max(400),
    /** A smaller line under the instruction. */
    detail: z.string().trim().max(400).optional(),
    /** The least time the step takes: long enough to read or hear the words. */
    seconds: seconds(3600).min(3, { error: 'A step needs at least 3 seconds.' }),
    /** Share of any extra time when the chosen length is longer than the minimum; 0 keeps it fixed. */
    stretch: z.number().min(0).max(100).default(0),
    /** Pace the breath in this step with the script's pattern. */
    paced: z.boolean().default(false),
    /** A soft bell as the step begins. */
    bell: z.boolean().default(false),
    pose: z.enum(POSE_NAMES).optional(),
    /** A second picture offered as an alternative (pigeon beside figure-4). */
    altPose: z.enum(POSE_NAMES).optional(),
    side: z.enum(['left', 'right']).optional(),
    /** Shows "Stop if you feel sharp pain" with the step. */
    caution: z.boolean().default(false),
  })
  .strict()

export type ScriptStep = z.output<typeof stepSchema>

const positionSchema = z
  .object({
    id: slug,
    label: z.string().trim().min(1).max(60),
    /** How to get into the position; shown before the start and as the first step's detail. */
    howTo: z.string().trim().min(1).max(400),
  })
  .strict()

export const PRACTICE_CATEGORIES = ['body-scan', 'breathing', 'rest', 'movement', 'timer'] as const

export const practiceScriptSchema = z
  .object({
    schemaVersion: z.literal(1, { error: 'This app reads schemaVersion 1.' }),
    id: slug,
    title: z.string().trim().min(1).max(80),
    category: z.enum(PRACTICE_CATEGORIES),
    summary: z.string().trim().min(1).max(300),
    /** Lengths the user can choose from, in minutes; the first longer than the steps' minimum. */
    lengthsMin: z.array(z.number().positive().max(180)).min(1).max(8),
    defaultLengthMin: z.number().positive().max(180),
    positions: z.array(positionSchema).max(5).optional(),
    breath: breathPatternSchema.optional(),
    /** Rate and ratio the user may change (resonance breathing). */
    adjustableBreath: z
      .object({
        minPerMin: z.number().min(2).max(12),
        maxPerMin: z.number().min(2).max(12),
        defaultPerMin: z.number().min(2).max(12),
        /** Out-breath length as a multiple of the in-breath. */
        exhaleRatios: z.array(z.number().min(0.5).max(3)).min(1),
        defaultExhaleRatio: z.number().min(0.5).max(3),
      })
      .strict()
      .optional(),
    intervalBellMin: z.number().positive().max(60).optional(),
    steps: z.array(stepSchema).min(1, { error: 'A practice needs at least one step.' }).max(60),
  })
  .strict()
  .superRefine((script, ctx) => {
    const minimumS = script.steps.reduce((sum, step) => sum + step.seconds, 0)
    script.lengthsMin.forEach((minutes, index) => {
      if (minutes * 60 + 0.001 < minimumS) {
        ctx.addIssue({
          code: 'custom',
          path: ['lengthsMin', index],
          message: `${minutes} min is shorter than the steps need (${Math.ceil(minimumS)} s).`,
        })
      }
    })
    if (!script.lengthsMin.includes(script.defaultLengthMin)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLengthMin'],
        message: 'The default length must be one of lengthsMin.',
      })
    }
    if (!script.steps.some((step) => step.stretch > 0) && script.lengthsMin.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: 'With several lengths, at least one step must stretch.',
      })
    }
    script.steps.forEach((step, index) => {
      if (step.paced && !script.breath && !script.adjustableBreath) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'paced'],
          message: 'A paced step needs a breath pattern in the script.',
        })
      }
    })
    const ids = new Set<string>()
    script.steps.forEach((step, index) => {
      if (ids.has(step.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `Step id "${step.id}" is used twice.`,
        })
      }
      ids.add(step.id)
    })
  })

export type PracticeScriptInput = z.input<typeof practiceScriptSchema>
export type PracticeScript = z.output<typeof practiceScriptSchema>

/** Where a script failed and why, in words for a developer reading the test or the console. */
export function describeScriptProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'The script is not valid.'
  const path = issue.path.map(String).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}
