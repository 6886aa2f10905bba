import type { ReactNode } from 'react'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { useRich, type RichTags } from '../i18n/i18n-context'

/** Values of a message with markup: plain values and one function per tag. */
export type RichValues = Readonly<
  Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>
>

/**
 * `useRich` with values beside the tags: its signature (`RichTags & Record<string, unknown>`)
 * makes every value a tag function to TypeScript, though the translator takes both.
 */
export function useRichText(): (key: MessageKey, values: RichValues) => ReactNode {
  const rich = useRich()
  return (key, values) => rich(key, values as RichTags)
}
