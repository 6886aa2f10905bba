import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import english from '../../../locales/en.json'
import { createCatalogueSet } from '../../../electron/shared/i18n/catalogue-set'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { TranslatorProvider } from '../../../renderer/src/i18n/i18n-context'

const catalogues = createCatalogueSet({ 'locales/en.json': english })

/**
 * English words with another region's dates and numbers, as for someone who reads Loosen in
 * English on a computer set to Germany: what the app does when only formatting differs.
 */
export function englishIn(format: string): Translator {
  return catalogues.translatorFor({ messages: 'en', format, dir: 'ltr' }, (problem) => {
    throw new Error(problem)
  })
}

/** Renders `ui` under a translator with `format` as the locale for dates and numbers. */
export function renderIn(format: string, ui: ReactElement): RenderResult {
  return render(<TranslatorProvider translator={englishIn(format)}>{ui}</TranslatorProvider>)
}
