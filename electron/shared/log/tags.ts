import { z } from 'zod'

/** Tags offered to everyone; the user can add their own beside these. */
export const BUILT_IN_TAGS = [
  'after sitting',
  'after practice',
  'morning',
  'evening',
  'stressed',
  'after exercise',
  'poor sleep',
  'long drive',
] as const

/**
 * A tag is short free text. The bar is banned because CSV export joins a rating's tags with it.
 */
export const tagSchema = z
  .string()
  .trim()
  .min(1, { error: 'A tag cannot be empty.' })
  .max(40, { error: 'Keep each tag under 40 characters.' })
  .refine((tag) => !tag.includes('|'), { error: 'A tag cannot contain the "|" character.' })

export const tagListSchema = z.array(tagSchema).max(20, { error: 'Use at most 20 tags.' })
