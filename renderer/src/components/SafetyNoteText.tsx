import { useT } from '../i18n/i18n-context'

/** The self-care note, shared by the first-run dialog and the About screen. */
export function SafetyNoteText() {
  const { t } = useT()
  return (
    <>
      <p>{t('components.safety.intro')}</p>
      <ul>
        <li>{t('components.safety.pain')}</li>
        <li>{t('components.safety.feelings')}</li>
        <li>{t('components.safety.ratings')}</li>
      </ul>
    </>
  )
}
