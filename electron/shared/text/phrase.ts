import type { Translator } from '../i18n/translator'
import { englishTranslator } from './english-translator'

/**
 * Words to be said later, in whatever language is in force then: a message id and its values.
 * Errors are made where no one knows who will read them (a service, the transfer worker, a
 * zod schema), so they carry a phrase; main's dispatcher and the page each say it in their own
 * language. A value may itself be a phrase ("Nothing was imported. {problem}").
 */
export type Phrase = {
  readonly id: string
  readonly values?: Readonly<Record<string, PhraseValue>>
}

export type PhraseValue = string | number | Phrase

export function phrase(id: string, values?: Readonly<Record<string, PhraseValue>>): Phrase {
  return values === undefined ? { id } : { id, values }
}

export function isPhrase(value: unknown): value is Phrase {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string'
  )
}

/** `area.place.what`: a message id, as against words (zod's own English, a library's). */
const MESSAGE_ID = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/

export function isMessageId(text: string): boolean {
  return MESSAGE_ID.test(text)
}

/**
 * The phrase in the translator's language. Words that are not a message id are said as they
 * stand, never parsed as ICU: zod messages are ids in Loosen's own schemas and plain English
 * in zod's own ("Invalid input: expected boolean").
 */
export function say(phrase: Phrase, translator: Translator = englishTranslator()): string {
  if (!isMessageId(phrase.id)) return phrase.id
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(phrase.values ?? {})) {
    values[name] = typeof value === 'object' ? say(value, translator) : value
  }
  return translator.dynamic(phrase.id, phrase.id, values)
}

/**
 * A phrase as one string, for a zod `error:` (which must be text): `id|{"max":80}`. Values are
 * numbers and plain words, never nested phrases.
 */
export function zodMessage(id: string, values: Readonly<Record<string, string | number>>): string {
  return `${id}|${JSON.stringify(values)}`
}

/** Reads `zodMessage`'s form back; anything else is an id or words with no values. */
function fromMessage(message: string): Phrase {
  const bar = message.indexOf('|{')
  if (bar < 0 || !isMessageId(message.slice(0, bar))) return { id: message }
  try {
    const values = JSON.parse(message.slice(bar + 1)) as Record<string, string | number>
    return { id: message.slice(0, bar), values }
  } catch {
    return { id: message }
  }
}

/** A zod message (an id in Loosen's schemas, English in a library's) in the person's words. */
export function sayMessage(message: string, translator: Translator = englishTranslator()): string {
  return say(fromMessage(message), translator)
}

/** A zod message as a phrase, for errors that travel on to be said elsewhere. */
export function messagePhrase(message: string): Phrase {
  return fromMessage(message)
}
