import { BORROWED_NOTE } from '../../../electron/shared/checkins/summary'
import type { ReportData } from '../../../electron/shared/report/report-types'
import { AdherenceSection } from './AdherenceSection'
import { AdverseEventsSection } from './AdverseEventsSection'
import { CheckinSection } from './CheckinSection'
import { DetailPages } from './detail/DetailPages'
import { FactorsSection } from './FactorsSection'
import { dayLabel } from './format'
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
  const days = Math.round((data.to - data.from) / DAY_MS)
  return (
    <article className={styles['page']}>
      <h1>Self-report summary{name.trim() ? `: ${name.trim()}` : ''}</h1>
      <p className={styles['meta']}>
        Period: {dayLabel(data.from)} – {dayLabel(data.to - 1)} ({days} days). Recorded with Loosen,
        a self-care app for hip and pelvis practice.
      </p>
      <p className={styles['notice']}>
        Everything in this report is the person’s own self-report. It is not a diagnosis and not a
        clinical measurement.
      </p>
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
        {BORROWED_NOTE} PEG: Krebs et al. 2009, J Gen Intern Med 24:733 (public domain). The global
        impression question uses Loosen’s own wording.
      </p>
    </article>
  )
}
