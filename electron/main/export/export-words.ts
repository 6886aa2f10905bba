import type { ResolvedLocale } from '../../shared/i18n/locales'
import type { Messages } from '../../shared/i18n/message-key'
import { createTranslator, type Translator } from '../../shared/i18n/translator'
import { englishTranslator } from '../../shared/text/english-translator'

/**
 * The person's language as plain data, for the transfer worker: a job is structured-cloned,
 * so it carries the catalogue itself (a few hundred short strings) rather than a translator.
 */
export type ExportWords = {
  readonly locale: ResolvedLocale
  readonly messages: Messages
  readonly english: Messages
}

export function translatorFromWords(words: ExportWords | undefined): Translator {
  if (!words) return englishTranslator()
  return createTranslator({
    locale: words.locale,
    messages: words.messages,
    fallback: words.english,
  })
}
