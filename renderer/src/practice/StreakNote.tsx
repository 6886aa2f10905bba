import { useApiQuery } from '../data/use-api-query'
import { useT } from '../i18n/i18n-context'
import { useSettings } from '../settings/settings-context'
import styles from './practice.module.css'

/**
 * A quiet line about days in a row. It says nothing when there is no streak, so a missed day
 * never greets anyone with a zero; Settings can hide it altogether.
 */
export function StreakNote() {
  const { settings } = useSettings()
  const { t } = useT()
  const show = settings?.showStreaks ?? false
  const streak = useApiQuery('practice:streak', undefined, {
    refreshOn: [{ kind: 'data', domain: 'practice' }],
    enabled: show,
  }).data

  if (!show || !streak || streak.days < 2) return null
  return (
    <p className={styles['streak-note']} role="status">
      {t('practice.streak.days', {
        days: streak.days,
        today: streak.practisedToday,
      })}
    </p>
  )
}
