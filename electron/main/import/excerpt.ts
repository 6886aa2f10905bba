import type { Phrase, PhraseValue } from '../../shared/text/phrase'

/** How much of a bad value an error message may quote. */
export const EXCERPT_CHARS = 40

/** The start of a value, for an error message: never the whole of a huge field. */
export function excerpt(text: string): string {
  const chars = Array.from(text.slice(0, EXCERPT_CHARS + 2))
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : text
}

/**
 * Shortens every quoted value in a message, and the message itself, so a problem report stays
 * a few lines long whatever the file holds (messages from shared schemas may quote the input).
 */
export function shortenMessage(message: string): string {
  let out = ''
  let at = 0
  // Walks the quote marks by hand: a regular expression over a 10 MB quote overflows the stack.
  while (at < message.length && out.length <= 600) {
    const open = message.indexOf('"', at)
    const close = open < 0 ? -1 : message.indexOf('"', open + 1)
    if (close < 0) {
      out += message.slice(at, at + 601)
      break
    }
    out += `${message.slice(at, open)}"${excerpt(message.slice(open + 1, close))}"`
    at = close + 1
  }
  return out.length > 600 ? `${out.slice(0, 600)}…` : out
}

/** A phrase whose quoted values are cut to excerpts, like the message it says. */
export function shortenPhrase(said: Phrase): Phrase {
  if (said.values === undefined) return said
  const values: Record<string, PhraseValue> = {}
  for (const [name, value] of Object.entries(said.values)) {
    values[name] =
      typeof value === 'string'
        ? excerpt(value)
        : typeof value === 'number'
          ? value
          : shortenPhrase(value)
  }
  return { id: said.id, values }
}
