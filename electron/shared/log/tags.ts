import { z } from 'zod'
import { BROKEN_CHARACTER_MESSAGE, hasNoNul, isWellFormed, NUL_MESSAGE } from '../text/well-formed'

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

/** The longest tag, in characters, and the most tags one rating may carry. */
export const TAG_MAX_LENGTH = 40
export const TAGS_MAX = 20

/**
 * A tag is short free text. The bar is banned because CSV export joins a rating's tags with it.
 */
export const tagSchema = z
  .string()
  .trim()
  .min(1, { error: 'A tag cannot be empty.' })
  .max(TAG_MAX_LENGTH, { error: `Keep each tag under ${String(TAG_MAX_LENGTH)} characters.` })
  .refine((tag) => !tag.includes('|'), { error: 'A tag cannot contain the "|" character.' })
  .refine(isWellFormed, { error: BROKEN_CHARACTER_MESSAGE })
  .refine(hasNoNul, { error: NUL_MESSAGE })

export const tagListSchema = z
  .array(tagSchema)
  .max(TAGS_MAX, { error: `Use at most ${String(TAGS_MAX)} tags.` })
