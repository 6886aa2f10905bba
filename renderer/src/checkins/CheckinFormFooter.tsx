import { useT } from '../i18n/i18n-context'
import styles from './checkins.module.css'

/** What every check-in form ends with: the refusal, if any, then Save and "Not now". */
export function CheckinFormFooter({
  error,
  busy,
  onCancel,
}: {
  error: string | null
  busy: boolean
  onCancel: () => void
}) {
  const { t } = useT()
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles['actions']}>
        <button type="submit" disabled={busy}>
          {t('checkins.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('checkins.form.notNow')}
        </button>
      </div>
    </>
  )
}
