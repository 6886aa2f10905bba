import { IntlMessageFormat } from 'intl-messageformat'
import type { MessageKey, Messages, MessageValues } from './message-key'
import { isPseudoLocale, type ResolvedLocale } from './locales'
import { pseudoText } from './pseudo'

export type Translator = {
  readonly locale: ResolvedLocale
  /** The message in the chosen language, formatted with ICU plural/select rules. */
  t: (key: MessageKey, values?: MessageValues) => string
  /**
   * For ids built at run time (practice-script text, region names): the message if the
   * catalogue has it, else `fallback` (the English source text of a script).
   */
  dynamic: (key: string, fallback: string, values?: MessageValues) => string
  /**
   * Plain text that is not ICU (practice scripts, written by content authors): the
   * catalogue's text for `key`, else the English source as given.
   */
  plain: (key: string, english: string) => string
  /** ICU formatting with rich-text tags; callers turn tag chunks into their own nodes. */
  format: <T>(
    key: MessageKey,
    values: Readonly<Record<string, unknown>>,
  ) => string | T | (string | T)[]
}

export type TranslatorOptions = {
  readonly locale: ResolvedLocale
  readonly messages: Messages
  /** English: read whenever the chosen catalogue lacks a message. */
  readonly fallback: Messages
  /** Told once per broken message; the person still sees the English text. */
  readonly onProblem?: (problem: string) => void
}

/** One language's messages, compiled on first use and cached for the life of the locale. */
export function createTranslator(options: TranslatorOptions): Translator {
  const { locale, messages, fallback } = options
  const compiled = new Map<string, IntlMessageFormat>()
  const told = new Set<string>()

  function tell(key: string, problem: string): void {
    if (told.has(key)) return
    told.add(key)
    options.onProblem?.(`${locale.messages} ${key}: ${problem}`)
  }

  function compile(key: string, text: string, tag: string): IntlMessageFormat {
    const id = `${tag}\u0000${key}`
    let message = compiled.get(id)
    if (!message) {
      message = new IntlMessageFormat(text, [locale.format, tag])
      compiled.set(id, message)
    }
    return message
  }

  function formatAny(
    key: string,
    english: string | undefined,
    values: Readonly<Record<string, unknown>> | undefined,
  ): unknown {
    const own = messages[key]
    if (own !== undefined) {
      try {
        return compile(key, own, locale.messages).format(
          values as Record<string, never> | undefined,
        )
      } catch (error) {
        tell(key, error instanceof Error ? error.message : String(error))
      }
    } else if (english !== undefined) {
      tell(key, 'missing, English shown')
    }
    if (english === undefined) return key
    return compile(key, english, 'en').format(values as Record<string, never> | undefined)
  }

  function asText(result: unknown): string {
    return Array.isArray(result) ? result.join('') : String(result)
  }

  return {
    locale,
    t: (key, values) => asText(formatAny(key, fallback[key], values)),
    dynamic: (key, english, values) => asText(formatAny(key, fallback[key] ?? english, values)),
    plain: (key, english) =>
      messages[key] ??
      (isPseudoLocale(locale.messages) ? pseudoText(english, locale.messages) : english),
    format: <T>(key: MessageKey, values: Readonly<Record<string, unknown>>) =>
      formatAny(key, fallback[key], values) as string | T | (string | T)[],
  }
}
