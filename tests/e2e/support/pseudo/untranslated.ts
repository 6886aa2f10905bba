import type { ShownText } from './inspect'

// In en-XA every catalogue letter is accented and dates and numbers are Greek, so two plain
// ASCII letters in a row are text that never went through the catalogue or the locale.
const ENGLISH_RUN = /[A-Za-z]{2,}/g

/** English that is right to show in every language, each with the reason. Keep it short. */
export const ALLOWED_ENGLISH: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /\bLoosen\b/g, reason: 'the product name is never translated' },
  { pattern: /\b0\.0\.0-test\b/g, reason: "the app's version string, set by the test harness" },
  {
    pattern: /\/tmp\/loosen-e2e-[^\s/]+(\/loosen\.db)?/g,
    reason: "the data folder's path on this computer (About & help), here the test's own folder",
  },
]

export interface Untranslated {
  screen: string
  where: string
  text: string
  words: string[]
}

/**
 * The shown texts with English words left, once allowed names are taken out. The user's own
 * data is seeded without ASCII letters, so anything found is the app's own words. Text marked
 * as another language (each language's own name in the picker) is meant to be read as written.
 */
export function untranslatedTexts(screen: string, texts: readonly ShownText[]): Untranslated[] {
  const found: Untranslated[] = []
  for (const { where, text, otherLanguage } of texts) {
    if (otherLanguage !== undefined) continue
    const rest = ALLOWED_ENGLISH.reduce((t, { pattern }) => t.replace(pattern, ' '), text)
    const words = rest.match(ENGLISH_RUN)
    if (words) found.push({ screen, where, text: text.slice(0, 160), words: [...new Set(words)] })
  }
  return found
}
