import { findBuiltIn } from '../practice/library'
import { useT } from './i18n-context'

/**
 * Sessions keep the title they were saved under, in whatever language was in force then. A
 * built-in practice is named by its id in the language in force now; a custom practice keeps
 * the name the person gave it.
 */
export function useSavedPracticeTitle(): (practiceId: string, savedTitle: string) => string {
  const { plain } = useT()
  return (practiceId, savedTitle) => {
    const builtIn = findBuiltIn(practiceId)
    return builtIn ? plain(`script.${practiceId}.title`, builtIn.title) : savedTitle
  }
}
