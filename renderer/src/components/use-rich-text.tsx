import { Fragment, type ReactNode } from 'react'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { useT } from '../i18n/i18n-context'

/**
 * A message with markup tags (`<strong>…</strong>`) and ordinary values side by side: each tag
 * is a function turning its chunks into a node, every other value is formatted as ICU does.
 * (useRich's type asks every value to be a tag function, so a `{count}` beside a tag cannot be
 * passed to it.)
 */
export function useRichText(): (
  key: MessageKey,
  values: Readonly<Record<string, unknown>>,
) => ReactNode {
  const translator = useT()
  return (key, values) => {
    const result = translator.format<ReactNode>(key, values)
    return Array.isArray(result)
      ? result.map((part, index) => <Fragment key={index}>{part}</Fragment>)
      : result
  }
}
