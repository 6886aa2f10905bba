import { englishOnlyCatalogues } from '../i18n/english-only'
import type { Translator } from '../i18n/translator'

let english: Translator | undefined

/**
 * English, for callers that have not been handed a translator yet (tools, older callers of
 * the shared text modules). The app itself always passes the person's translator.
 */
export function englishTranslator(): Translator {
  english ??= englishOnlyCatalogues.translatorFor({ messages: 'en', format: 'en', dir: 'ltr' })
  return english
}
