import type { ReportData } from '../../../../electron/shared/report/report-types'
import { useT } from '../../i18n/i18n-context'
import { namedValues } from '../named'
import styles from '../report.module.css'
import { AdherenceDetail } from './AdherenceDetail'
import { CheckinsDetail } from './CheckinsDetail'
import { RegionsDetail } from './RegionsDetail'
import { StopsDetail } from './StopsDetail'
import { TensionDetail } from './TensionDetail'

/** The pages after the one-page summary, each starting on a new sheet. */
export function DetailPages({ data, name }: { data: ReportData; name: string }) {
  const { t } = useT()
  const who = namedValues(name)
  return (
    <>
      <article className={`${styles['page']} ${styles['detail']}`}>
        <h1>{t('report.detail.tensionTitle', who)}</h1>
        <TensionDetail data={data} />
        <RegionsDetail regions={data.regions} />
      </article>
      <article className={`${styles['page']} ${styles['detail']}`}>
        <h1>{t('report.detail.checkinsTitle', who)}</h1>
        <CheckinsDetail checkins={data.checkins} from={data.from} to={data.to} />
        <StopsDetail stops={data.stops} />
      </article>
      <article className={`${styles['page']} ${styles['detail']}`}>
        <h1>{t('report.detail.adherenceTitle', who)}</h1>
        <AdherenceDetail weeks={data.weeks} consistency={data.consistency} />
        <p className={styles['small']}>{t('report.detail.selfReport')}</p>
      </article>
    </>
  )
}
