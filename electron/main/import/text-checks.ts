import type { Phrase } from '../../shared/text/phrase'
/** Problems an imported value has before any schema sees it. */
export interface FieldIssue {
  field: string
  message: string
  /** The message as a phrase, to be said in the reader's language. */
  phrase?: Phrase
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text)
}

/**
 * Text is kept exactly or refused, never changed: an unpaired surrogate (which becomes U+FFFD
 * the moment the text is written as UTF-8) and a "__proto__" key (which JavaScript objects drop
 * or treat as their prototype) are refused with the place where they are.
 */
export function textIssues(value: unknown, path: string[] = []): FieldIssue[] {
  if (typeof value === 'string') {
    return hasLoneSurrogate(value)
      ? [
          {
            field: path.join('.'),
            message:
              'This text holds a broken character (an unpaired UTF-16 surrogate) that cannot be saved as it is.',
          },
        ]
      : []
  }
  if (typeof value !== 'object' || value === null) return []
  const issues: FieldIssue[] = []
  for (const key of Object.keys(value)) {
    if (key === '__proto__') {
      issues.push({
        field: [...path, key].join('.'),
        message: `"__proto__" is not ${path.at(-1) === 'regions' ? 'a body-map region' : 'a field Loosen knows'}.`,
      })
      continue
    }
    issues.push(
      ...textIssues(key, path),
      ...textIssues((value as Record<string, unknown>)[key], [...path, key]),
    )
  }
  return issues
}
