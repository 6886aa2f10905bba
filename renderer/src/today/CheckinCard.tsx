import type { Rating } from '../../../electron/shared/contract/log'
import { useT } from '../i18n/i18n-context'
import { useTodayFormat } from './use-today-format'

interface CheckinCardProps {
  last: Rating | null
  onCheckIn: () => void
}

/** One tap opens the quick log (the same dialog as Alt+L). */
export function CheckinCard({ last, onCheckIn }: CheckinCardProps) {
  const { t } = useT()
  const format = useTodayFormat()
  return (
    <section className="card" aria-labelledby="today-checkin">
      <h2 id="today-checkin">{t('today.checkin.heading')}</h2>
      <p className="muted">
        {last
          ? t('today.checkin.last', { rating: last.value, when: format.when(last.takenAt) })
          : t('today.checkin.none')}
      </p>
      <div className="button-row">
        <button type="button" onClick={onCheckIn} aria-keyshortcuts="Alt+L">
          {t('today.checkin.button')}
        </button>
      </div>
    </section>
  )
}
