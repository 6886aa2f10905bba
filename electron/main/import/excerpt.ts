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
  const quoted = message.replace(/"([^"]{41,})"/g, (_all, inner: string) => `"${excerpt(inner)}"`)
  return quoted.length > 600 ? `${quoted.slice(0, 600)}…` : quoted
}
