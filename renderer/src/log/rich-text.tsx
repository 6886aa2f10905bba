import { Fragment, type ReactNode } from 'react'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { useT } from '../i18n/i18n-context'

type Tag = (chunks: ReactNode[]) => ReactNode

/**
 * A message with tags and plain values side by side (`When: <strong>{when}</strong>`).
 * `useRich()` types every value as a tag function, so a message that also has a text value
 * cannot go through it; this takes both and keys the parts the same way.
 */
export function useRichValues(): (
  key: MessageKey,
  tags: Readonly<Record<string, Tag>>,
  values: Readonly<Record<string, string | number>>,
) => ReactNode {
  const t = useT()
  return (key, tags, values) => {
    const result = t.format<ReactNode>(key, { ...values, ...tags })
    return Array.isArray(result)
      ? result.map((part, index) => <Fragment key={index}>{part}</Fragment>)
      : result
  }
}
