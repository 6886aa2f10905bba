import { REGION_LABELS } from '../../../electron/shared/log/regions'
import type { ReportData } from '../../../electron/shared/report/report-types'
import { mean, oneDecimal } from './format'
import { TensionChart } from './TensionChart'
import styles from './report.module.css'

const DAY_MS = 86_400_000

function regionLabel(region: string): string {
  const labels: Partial<Record<string, string>> = REGION_LABELS
  return labels[region] ?? region
}

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
  const overall = mean(data.days.map((d) => d.mean))
  const { first, last } = edges(data)
  return (
    <section aria-labelledby="report-tension">
      <h2 id="report-tension">
        Tension: hip and pelvis self-rating (0 loose – 10 as tight as can be)
      </h2>
      {data.ratingCount === 0 ? (
        <p>No self-ratings in this period.</p>
      ) : (
        <>
          <p className={styles['meta']}>
            {data.ratingCount} self-ratings on {data.days.length} days. Average of daily averages:{' '}
            <strong>{oneDecimal(overall ?? 0)}</strong>; first 14 days{' '}
            <strong>{first === null ? '–' : oneDecimal(first)}</strong>, last 14 days{' '}
            <strong>{last === null ? '–' : oneDecimal(last)}</strong>.
          </p>
          <TensionChart days={data.days} from={data.from} to={data.to} />
          <p className={styles['small']}>
            Circles: average of each day. Line: 7-day moving average.
          </p>
        </>
      )}
      {data.regions.length > 0 ? (
        <table aria-label="Body-map regions">
          <thead>
            <tr>
              <th>Body-map region</th>
              <th className={styles['num']}>Average (0–10)</th>
              <th className={styles['num']}>Times rated</th>
            </tr>
          </thead>
          <tbody>
            {data.regions.slice(0, 5).map((r) => (
              <tr key={r.region}>
                <td>{regionLabel(r.region)}</td>
                <td className={styles['num']}>{oneDecimal(r.mean)}</td>
                <td className={styles['num']}>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
