import { useMemo } from 'react'
import type { Insights } from '../../../electron/shared/log/insights-types'
import { formatDay, formatNumber } from './format'
import { LineChart, type ChartSeries } from './LineChart'
import { TableToggle } from './TableToggle'
import styles from './insights.module.css'

/** Daily average self-rating with its 7-day moving average. */
export function TrendSection({ insights }: { insights: Insights }) {
  const { trend, bucketDays, totals } = insights
  const days = useMemo(() => trend.map((p) => p.day), [trend])
  const series = useMemo<ChartSeries[]>(
    () => [
      {
        label: bucketDays > 1 ? `Average per ${bucketDays} days` : 'Daily average',
        values: trend.map((p) => p.average),
        colorVar: '--accent',
      },
      {
        label: '7-day average',
        values: trend.map((p) => p.movingAverage),
        colorVar: '--danger',
        dash: [6, 4],
      },
    ],
    [trend, bucketDays],
  )
  return (
    <section className={styles['insights-card']} aria-labelledby="trend-title">
      <h2 id="trend-title">Hip tension over time</h2>
      <p>
        {totals.ratings} self-rating{totals.ratings === 1 ? '' : 's'} on {totals.days} day
        {totals.days === 1 ? '' : 's'}; average {formatNumber(totals.average)} out of 10.
      </p>
      {totals.days < 3 ? (
        <p className={styles['sparse-note']}>
          Log on a few more days to see a trend; one rating in the morning and one in the evening is
          plenty.
        </p>
      ) : null}
      <LineChart days={days} series={series} />
      {bucketDays > 1 ? (
        <p className="form-hint">
          To keep the chart quick, each point is the average of {bucketDays} days.
        </p>
      ) : null}
      <TableToggle label="tension">
        <table className={styles['data-table']}>
          <caption>Average self-rating per {bucketDays > 1 ? `${bucketDays} days` : 'day'}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Average</th>
              <th scope="col">7-day average</th>
              <th scope="col">Ratings</th>
            </tr>
          </thead>
          <tbody>
            {[...trend].reverse().map((point) => (
              <tr key={point.day}>
                <th scope="row">{formatDay(point.day, point.days)}</th>
                <td>{formatNumber(point.average)}</td>
                <td>{formatNumber(point.movingAverage)}</td>
                <td>{point.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableToggle>
    </section>
  )
}
