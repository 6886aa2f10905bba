import { useMemo } from 'react'
import { localizeScript } from '../../../electron/shared/i18n/script-messages'
import type { PracticeScript } from '../../../electron/shared/practice/script-schema'
import { useT } from '../i18n/i18n-context'
import { builtInPractices } from './library'

/**
 * The built-in practices with their words in the chosen language (ids, steps and timing are
 * the English script's). Custom practices are the user's own words and are never passed here.
 */
export function useBuiltInPractices(): readonly PracticeScript[] {
  const { plain } = useT()
  return useMemo(() => builtInPractices.map((script) => localizeScript(script, plain)), [plain])
}
