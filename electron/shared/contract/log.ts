import { z } from 'zod'
import { channel } from './channel'

export const HIP_REGIONS = [
  'left-front-hip',
  'right-front-hip',
  'left-groin',
  'right-groin',
  'left-buttock',
  'right-buttock',
  'sacrum',
  'lower-back',
  'pelvic-floor',
] as const

export type HipRegion = (typeof HIP_REGIONS)[number]

const tensionValue = z
  .number({ error: 'Rate from 0 to 10.' })
  .int({ error: 'Use a whole number from 0 to 10.' })
  .min(0, { error: 'The lowest rating is 0 (loose).' })
  .max(10, { error: 'The highest rating is 10 (as tight as can be).' })

export const newRatingSchema = z
  .object({
    value: tensionValue,
    /** Epoch ms; defaults to now in main. May be moved back, never into the future. */
    takenAt: z.number().int().nonnegative().optional(),
    regions: z.partialRecord(z.enum(HIP_REGIONS), tensionValue).optional(),
    note: z.string().max(1000, { error: 'Keep the note under 1,000 characters.' }).optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    /** Links a before/after rating to a practice session. */
    sessionId: z.string().min(1).max(64).optional(),
    phase: z.enum(['before', 'after']).optional(),
  })
  .strict()

export type NewRating = z.input<typeof newRatingSchema>

export interface Rating {
  id: string
  value: number
  takenAt: number
  regions: Partial<Record<HipRegion, number>>
  note: string
  tags: string[]
  sessionId: string | null
  phase: 'before' | 'after' | null
}

/** The log channels. The tension-log feature adds the rest (list, edit, delete, insights, export…). */
export const logChannels = {
  'log:addRating': channel<Rating>()(newRatingSchema),
}
