import type { ChangeBus } from '../core/change-bus'
import type { SettingsStore } from '../settings/settings-store'
import { resolveLocale } from '../../shared/i18n/locales'
import type { Translator } from '../../shared/i18n/translator'
import type { CatalogueSet } from '../../shared/i18n/catalogue-set'

export type MainLanguage = {
  /** The translator for the language in force now (Settings, else the system's languages). */
  current(): Translator
  /** Told after the language changes, so the tray and open notices can be rebuilt. */
  onChange(listener: (translator: Translator) => void): () => void
  close(): void
}

export type MainLanguageDeps = {
  settings: SettingsStore
  changes: ChangeBus
  catalogues: CatalogueSet
  /** The system's preferred languages, best first (Electron: app.getPreferredSystemLanguages()). */
  preferredLanguages: () => readonly string[]
  log: { error: (message: string) => void }
}

/** Main's own words (tray, notifications, dialogs, errors) follow the same choice as the page. */
export function createMainLanguage(deps: MainLanguageDeps): MainLanguage {
  const listeners = new Set<(translator: Translator) => void>()
  const build = (): Translator =>
    deps.catalogues.translatorFor(
      resolveLocale(
        deps.settings.read().language,
        deps.preferredLanguages(),
        deps.catalogues.shipped,
      ),
      (problem) => deps.log.error(`Message problem: ${problem}`),
    )
  let translator = build()
  const unsubscribe = deps.changes.subscribe((change) => {
    if (change.kind !== 'settings' || !change.keys.includes('language')) return
    const next = build()
    if (
      next.locale.messages === translator.locale.messages &&
      next.locale.format === translator.locale.format
    )
      return
    translator = next
    for (const listener of listeners) listener(translator)
  })
  return {
    current: () => translator,
    onChange: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => {
      unsubscribe()
      listeners.clear()
    },
  }
}
