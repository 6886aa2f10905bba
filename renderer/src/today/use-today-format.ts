import { useMemo } from 'react'
import { useT } from '../i18n/i18n-context'
import { todayFormat, type TodayFormat } from './format'

/** Today's formatters for the language in force, made once per language. */
export function useTodayFormat(): TodayFormat {
  const translator = useT()
  return useMemo(() => todayFormat(translator), [translator])
}
