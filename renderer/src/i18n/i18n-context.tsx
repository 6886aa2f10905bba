import { createContext, Fragment, useContext, useEffect, useMemo } from 'react'
import type { ReactNode } from 'react'
import { resolveLocale, type ResolvedLocale } from '../../../electron/shared/i18n/locales'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { useSettings } from '../settings/settings-context'
import { rendererCatalogues } from './catalogues'

const I18nContext = createContext<Translator | null>(null)

function reportProblem(problem: string): void {
  console.error(`Message problem: ${problem}`)
}

/** The translator for one language, outside React (component tests, tools). */
export function translatorFor(chosen: string, preferred: readonly string[]): Translator {
  return rendererCatalogues.translatorFor(
    resolveLocale(chosen, preferred, rendererCatalogues.shipped),
    reportProblem,
  )
}

/**
 * The page's language: the Settings choice, else the browser's language list (which
 * Electron fills from the system). Sets `<html lang dir>` so screen readers, hyphenation
 * and logical CSS properties follow it.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { settings } = useSettings()
  const chosen = settings?.language ?? 'system'
  const translator = useMemo(() => translatorFor(chosen, navigator.languages), [chosen])
  useEffect(() => {
    const root = document.documentElement
    root.lang = translator.locale.messages
    root.dir = translator.locale.dir
  }, [translator])
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>
}

/** Puts a given translator in force: for component tests and tools that pick a language. */
export function TranslatorProvider({
  translator,
  children,
}: {
  translator: Translator
  children: ReactNode
}) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>
}

let standalone: Translator | null = null

/**
 * The translator in force: `t('log.save.button')`, with ICU values. A component drawn on its
 * own (a component test) reads English, as the app does before settings arrive.
 */
export function useT(): Translator {
  const translator = useContext(I18nContext)
  if (translator) return translator
  standalone ??= translatorFor('en', ['en-US'])
  return standalone
}

/** Where dates, times, numbers and weeks are formatted: `Intl.*(locale.format, …)`. */
export function useLocale(): ResolvedLocale {
  return useT().locale
}

export type RichTags = Readonly<Record<string, (chunks: ReactNode[]) => ReactNode>>

/** A rich message's values: plain values beside one function per markup tag. */
export type RichValues = Readonly<
  Record<string, string | number | boolean | Date | ((chunks: ReactNode[]) => ReactNode)>
>

/** A message with markup tags, e.g. `Press <key>Alt+L</key>`; each tag becomes a React node. */
export function useRich(): (key: MessageKey, values: RichValues) => ReactNode {
  const translator = useT()
  return (key, values) => {
    const result = translator.format<ReactNode>(key, values)
    return Array.isArray(result)
      ? result.map((part, index) => <Fragment key={index}>{part}</Fragment>)
      : result
  }
}
