import type { ReportData } from '../../../electron/shared/report/report-types'
import { useT, useRich } from '../i18n/i18n-context'
import { mean, useReportFormat } from './format'
import { regionName } from './region-name'
import { TensionChart } from './TensionChart'
import styles from './report.module.css'

const DAY_MS = 86_400_000

/** Mean of the daily averages of the first and last 14 days of the period. */
function edges(data: ReportData): { first: number | null; last: number | null } {
  const firstDay = Math.floor(data.from / DAY_MS)
  const lastDay = Math.floor((data.to - 1) / DAY_MS)
  return {
    first: mean(data.days.filter((d) => d.day < firstDay + 14).map((d) => d.mean)),
    last: mean(data.days.filter((d) => d.day > lastDay - 14).map((d) => d.mean)),
  }
}

export function TensionSection({ data }: { data: ReportData }) {
  const { t } = useT()
  const rich = useRich()
  const format = useReportFormat()
  const overall = mean(data.days.map((d) => d.mean))
  const { first, last } = edges(data)
  const dash = (value: number | null) => (value === null ? '–' : format.oneDecimal(value))
  return (
    <section aria-labelledby="report-tension">
      <h2 id="report-tension">{t('report.tension.heading')}</h2>
      {data.ratingCount === 0 ? (
        <p>{t('report.tension.none')}</p>
      ) : (
        <>
          <p className={styles['meta']}>
            {rich('report.tension.meta', {
              ratings: data.ratingCount,
              days: data.days.length,
              overall: format.oneDecimal(overall ?? 0),
              first: dash(first),
              last: dash(last),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <TensionChart days={data.days} from={data.from} to={data.to} />
          <p className={styles['small']}>{t('report.tension.legend')}</p>
        </>
      )}
      {data.regions.length > 0 ? (
        <table aria-label={t('report.tension.regionsTable')}>
          <thead>
            <tr>
              <th>{t('report.table.bodyMapRegion')}</th>
              <th className={styles['num']}>{t('report.table.average')}</th>
              <th className={styles['num']}>{t('report.table.timesRated')}</th>
            </tr>
          </thead>
          <tbody>
            {data.regions.slice(0, 5).map((r) => (
              <tr key={r.region}>
                <td>{regionName(t, r.region)}</td>
                <td className={styles['num']}>{format.oneDecimal(r.mean)}</td>
                <td className={styles['num']}>{format.whole(r.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
