/**
 * True when text holds no half of a surrogate pair. SQLite stores UTF-8, which cannot hold a
 * lone surrogate: it would come back as U+FFFD, a change made without a word. So such text is
 * refused where it enters, in the same words for a request and an import.
 */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
}

export const BROKEN_CHARACTER_MESSAGE =
  'The text holds a broken character (half of an emoji or symbol). Retype it and save again.'

/** NUL ends text in many programs and makes an exported CSV unreadable. */
export function hasNoNul(text: string): boolean {
  return !text.includes('\u0000')
}

export const NUL_MESSAGE = 'The text holds an invisible NUL character. Retype it and save again.'
