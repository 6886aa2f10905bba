import { findBuiltIn } from '../practice/library'
import { useT } from './i18n-context'

/**
 * Sessions keep the title they were saved under. A built-in practice saved under its English
 * title reads in the chosen language; a custom practice's name, or a title saved in another
 * language, stays as it was saved.
 */
export function useSavedPracticeTitle(): (practiceId: string, savedTitle: string) => string {
  const { plain } = useT()
  return (practiceId, savedTitle) =>
    findBuiltIn(practiceId)?.title === savedTitle
      ? plain(`script.${practiceId}.title`, savedTitle)
      : savedTitle
}
