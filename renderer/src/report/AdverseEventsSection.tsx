import type { ReportStop } from '../../../electron/shared/report/report-types'
import { useT, useRich } from '../i18n/i18n-context'
import styles from './report.module.css'

/** The summary's adverse-events domain: how often a practice was stopped for pain or discomfort. */
export function AdverseEventsSection({ stops }: { stops: readonly ReportStop[] }) {
  const { t } = useT()
  const rich = useRich()
  const pain = stops.filter((s) => s.reason === 'pain').length
  const movement = stops.filter((s) => s.movement).length
  return (
    <section aria-labelledby="report-adverse">
      <h2 id="report-adverse">{t('report.adverse.heading')}</h2>
      {stops.length === 0 ? (
        <p>{t('report.adverse.none')}</p>
      ) : (
        <p>
          {rich('report.adverse.summary', {
            count: stops.length,
            pain,
            discomfort: stops.length - pain,
            movement,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      )}
      <p className={styles['small']}>{t('report.adverse.note')}</p>
    </section>
  )
}
