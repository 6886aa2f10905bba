import type { ReportData } from '../../../electron/shared/report/report-types'
import { useT } from '../i18n/i18n-context'
import { AdherenceSection } from './AdherenceSection'
import { AdverseEventsSection } from './AdverseEventsSection'
import { CheckinSection } from './CheckinSection'
import { DetailPages } from './detail/DetailPages'
import { FactorsSection } from './FactorsSection'
import { useReportFormat } from './format'
import { namedValues } from './named'
import { TensionSection } from './TensionSection'
import styles from './report.module.css'

const DAY_MS = 86_400_000

/**
 * One printable page of summary (who and when, the self-report notice, then each domain),
 * followed by the detail pages.
 */
export function ReportPage({ data, name }: { data: ReportData; name: string }) {
  return (
    <>
      <SummaryPage data={data} name={name} />
      <DetailPages data={data} name={name} />
    </>
  )
}

function SummaryPage({ data, name }: { data: ReportData; name: string }) {
  const { t } = useT()
  const format = useReportFormat()
  const days = Math.round((data.to - data.from) / DAY_MS)
  return (
    <article className={styles['page']}>
      <h1>{t('report.summary.title', namedValues(name))}</h1>
      <p className={styles['meta']}>
        {t('report.summary.period', {
          from: format.dayLabel(data.from),
          to: format.dayLabel(data.to - 1),
          days,
        })}
      </p>
      <p className={styles['notice']}>{t('report.summary.notice')}</p>
      <TensionSection data={data} />
      <div className={styles['columns']}>
        <div>
          <CheckinSection checkins={data.checkins} />
          <AdverseEventsSection stops={data.stops} />
        </div>
        <AdherenceSection weeks={data.weeks} consistency={data.consistency} />
      </div>
      <FactorsSection factors={data.factors} />
      <p className={styles['small']}>
        {t('checkins.summary.borrowedNote')} {t('report.summary.sources')}
      </p>
    </article>
  )
}
