import type { ReportData } from '../../../../electron/shared/report/report-types'
import { useT } from '../../i18n/i18n-context'
import { useReportFormat } from '../format'
import { TensionChart } from '../TensionChart'
import styles from '../report.module.css'
import { weeklyTension } from './weekly-tension'

/** The tension trend in full: a larger chart and each 7-day block's figures. */
export function TensionDetail({ data }: { data: ReportData }) {
  const { t } = useT()
  const format = useReportFormat()
  const dash = (value: number | null) => (value === null ? '–' : format.oneDecimal(value))
  const weeks = weeklyTension(data)
  return (
    <section aria-labelledby="detail-tension">
      <h2 id="detail-tension">{t('report.detail.tension.heading')}</h2>
      {data.ratingCount === 0 ? (
        <p>{t('report.tension.none')}</p>
      ) : (
        <>
          <TensionChart days={data.days} from={data.from} to={data.to} tall />
          <table aria-label={t('report.detail.tension.table')}>
            <thead>
              <tr>
                <th>{t('report.detail.tension.sevenDaysFrom')}</th>
                <th className={styles['num']}>{t('report.detail.tension.daysRated')}</th>
                <th className={styles['num']}>{t('report.detail.tension.average')}</th>
                <th className={styles['num']}>{t('report.detail.tension.lowest')}</th>
                <th className={styles['num']}>{t('report.detail.tension.highest')}</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.firstDay}>
                  <td>{format.localDayLabel(w.firstDay)}</td>
                  <td className={styles['num']}>{format.whole(w.daysRated)}</td>
                  <td className={styles['num']}>{dash(w.mean)}</td>
                  <td className={styles['num']}>{dash(w.lowest)}</td>
                  <td className={styles['num']}>{dash(w.highest)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={styles['small']}>{t('report.detail.tension.note')}</p>
        </>
      )}
    </section>
  )
}
