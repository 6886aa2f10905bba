import { englishOnlyCatalogues } from '../../../electron/shared/i18n/english-only'
import type { MessageKey, MessageValues } from '../../../electron/shared/i18n/message-key'

/** What Today offers for right now: one practice and a plain reason, never a promise. */
export interface Suggestion {
  practiceId: 'movement-break' | 'hip-pelvis-body-scan' | 'cyclic-sighing'
  /** The reason as a catalogue id and its values, for the person's language. */
  whyKey: MessageKey
  whyValues?: MessageValues
  /** The reason in English (logs, tests). */
  why: string
}

const english = englishOnlyCatalogues.translatorFor({ messages: 'en', format: 'en-US', dir: 'ltr' })

function because(
  practiceId: Suggestion['practiceId'],
  whyKey: MessageKey,
  whyValues?: MessageValues,
): Suggestion {
  return { practiceId, whyKey, whyValues, why: english.t(whyKey, whyValues) }
}

export interface SuggestionInput {
  /** Local hour of day, 0–23. */
  hour: number
  /** The most recent everyday self-ratings (0–10), newest first; may be empty. */
  recentRatings: readonly number[]
  /** The current sitting stretch in ms, or null when not sitting (away, paused, reminders off). */
  sittingMs: number | null
}

/** Sitting this long makes moving the first thing to offer (the default break interval). */
export const LONG_SITTING_MS = 45 * 60_000
/** A last self-rating at or above this counts as "tense" for the evening body scan. */
export const HIGH_TENSION = 6
const EVENING_FROM_HOUR = 18
const NIGHT_UNTIL_HOUR = 4

function isEvening(hour: number): boolean {
  return hour >= EVENING_FROM_HOUR || hour < NIGHT_UNTIL_HOUR
}

/**
 * Long sitting first (getting up is what a long stretch asks for), then a slow body scan in the
 * evening when the last self-rating was high, otherwise a minute or two of breathing that fits
 * anywhere. Worded as an offer, not as a cause or a cure.
 */
export function suggestPractice({ hour, recentRatings, sittingMs }: SuggestionInput): Suggestion {
  if (sittingMs !== null && sittingMs >= LONG_SITTING_MS) {
    const minutes = Math.round(sittingMs / 60_000)
    return because('movement-break', 'today.suggestion.why.longSitting', { minutes })
  }
  const last = recentRatings[0]
  if (isEvening(hour) && last !== undefined && last >= HIGH_TENSION) {
    return because('hip-pelvis-body-scan', 'today.suggestion.why.tenseEvening', { rating: last })
  }
  return because('cyclic-sighing', 'today.suggestion.why.anytime')
}
