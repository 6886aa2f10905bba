import type { SettingsPatch } from '../../../electron/shared/settings/schema'
import {
  ENGLISH,
  isPseudoLocale,
  matchCatalogue,
  resolveLocale,
} from '../../../electron/shared/i18n/locales'
import { rendererCatalogues } from '../i18n/catalogues'
import { useT } from '../i18n/i18n-context'
import { ChoiceField } from './ChoiceField'

/** A catalogue's name for its own language ("Deutsch"), so a person finds it without reading ours. */
function ownName(tag: string): string {
  return rendererCatalogues.messagesFor(tag)['language.name'] ?? tag
}

/**
 * The language choice: the system's language (naming what that is now) or any shipped
 * catalogue by its own name. Pseudo-locales are for testing and never offered.
 */
export function LanguageField({
  current,
  onChange,
}: {
  current: string
  onChange: (patch: SettingsPatch) => void
}) {
  const { t } = useT()
  const system = resolveLocale('system', navigator.languages, rendererCatalogues.shipped).messages
  const shipped = rendererCatalogues.shipped.filter((tag) => !isPseudoLocale(tag))
  return (
    <ChoiceField
      label={t('settings.language.label')}
      setting="language"
      // Shows the catalogue in force: a saved tag with no file of its own reads its nearest.
      current={current === 'system' ? current : (matchCatalogue(current, shipped) ?? ENGLISH)}
      onChange={onChange}
      options={[
        { value: 'system', label: t('settings.language.system', { language: ownName(system) }) },
        ...shipped.map((tag) => ({ value: tag, label: ownName(tag), lang: tag })),
      ]}
    />
  )
}
