import type { Messages } from './message-key'
import { ENGLISH, isPseudoLocale, type ResolvedLocale } from './locales'
import { pseudoMessages } from './pseudo'
import { createTranslator, type Translator } from './translator'

/**
 * The catalogues found at build time, keyed by their file names (`locales/de.json` → `de`).
 * Both the renderer and main build this from `import.meta.glob`, so a new language file is
 * picked up by both without a line of code.
 */
export type CatalogueSet = {
  readonly shipped: readonly string[]
  messagesFor(tag: string): Messages
  translatorFor(locale: ResolvedLocale, onProblem?: (problem: string) => void): Translator
}

export function tagFromPath(path: string): string {
  const name = path.split('/').pop() ?? path
  return name.replace(/\.json$/, '')
}

export function createCatalogueSet(files: Readonly<Record<string, Messages>>): CatalogueSet {
  const byTag = new Map(
    Object.entries(files).map(([path, messages]) => [tagFromPath(path), messages]),
  )
  const english = byTag.get(ENGLISH)
  if (!english) throw new Error('locales/en.json is missing: English is every message’s source.')
  const pseudo = new Map<string, Messages>()
  function messagesFor(tag: string): Messages {
    if (isPseudoLocale(tag)) {
      let made = pseudo.get(tag)
      if (!made) {
        made = pseudoMessages(english as Messages, tag)
        pseudo.set(tag, made)
      }
      return made
    }
    return byTag.get(tag) ?? (english as Messages)
  }
  return {
    shipped: [...byTag.keys()].sort((a, b) =>
      a === ENGLISH ? -1 : b === ENGLISH ? 1 : a.localeCompare(b),
    ),
    messagesFor,
    translatorFor: (locale, onProblem) =>
      createTranslator({
        locale,
        messages: messagesFor(locale.messages),
        fallback: english,
        onProblem,
      }),
  }
}
