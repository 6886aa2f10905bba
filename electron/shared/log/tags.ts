import { z } from 'zod'
import type { MessageKey } from '../i18n/message-key'
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

export type BuiltInTag = (typeof BUILT_IN_TAGS)[number]

/**
 * A built-in tag's name in the chosen language. Ratings store the English tag itself (so
 * exports and imports stay the same in every language); only what is shown is translated.
 */
export const BUILT_IN_TAG_MESSAGE_IDS: Record<BuiltInTag, MessageKey> = {
  'after sitting': 'log.tag.afterSitting',
  'after practice': 'log.tag.afterPractice',
  morning: 'log.tag.morning',
  evening: 'log.tag.evening',
  stressed: 'log.tag.stressed',
  'after exercise': 'log.tag.afterExercise',
  'poor sleep': 'log.tag.poorSleep',
  'long drive': 'log.tag.longDrive',
}

/** The message for a stored tag when it is a built-in one; the user's own tags have none. */
export function builtInTagMessageId(tag: string): MessageKey | undefined {
  return (BUILT_IN_TAGS as readonly string[]).includes(tag)
    ? BUILT_IN_TAG_MESSAGE_IDS[tag as BuiltInTag]
    : undefined
}

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
