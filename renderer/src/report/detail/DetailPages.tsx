import type { ReportData } from '../../../../electron/shared/report/report-types'
import styles from '../report.module.css'
import { AdherenceDetail } from './AdherenceDetail'
import { CheckinsDetail } from './CheckinsDetail'
import { RegionsDetail } from './RegionsDetail'
import { StopsDetail } from './StopsDetail'
import { TensionDetail } from './TensionDetail'

/** The pages after the one-page summary, each starting on a new sheet. */
export function DetailPages({ data, name }: { data: ReportData; name: string }) {
  const who = name.trim() ? `: ${name.trim()}` : ''
  return (
    <>
      <article className={`${styles['page']} ${styles['detail']}`}>
        <h1>Detail: tension and body map{who}</h1>
        <TensionDetail data={data} />
        <RegionsDetail regions={data.regions} />
      </article>
      <article className={`${styles['page']} ${styles['detail']}`}>
        <h1>Detail: check-ins and adverse events{who}</h1>
        <CheckinsDetail checkins={data.checkins} from={data.from} to={data.to} />
        <StopsDetail stops={data.stops} />
      </article>
      <article className={`${styles['page']} ${styles['detail']}`}>
        <h1>Detail: adherence{who}</h1>
        <AdherenceDetail weeks={data.weeks} consistency={data.consistency} />
        <p className={styles['small']}>
          All figures are the person’s own self-reports and records, not a diagnosis.
        </p>
      </article>
    </>
  )
}
