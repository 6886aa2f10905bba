import { useMemo } from 'react'
import type { Insights } from '../../../electron/shared/log/insights-types'
import { formatDay, formatNumber } from './format'
import { LineChart, type ChartSeries } from './LineChart'
import { TableToggle } from './TableToggle'
import styles from './insights.module.css'

interface Row {
  day: number
  average: number | null
  movingAverage: number | null
  count: number
  before: number | null
  after: number | null
}

/** Everyday check-ins and the ratings around practices, one row per day they share. */
function rowsOf(insights: Insights): Row[] {
  const rows = new Map<number, Row>()
  const row = (day: number) => {
    const found = rows.get(day) ?? {
      day,
      average: null,
      movingAverage: null,
      count: 0,
      before: null,
      after: null,
    }
    rows.set(day, found)
    return found
  }
  for (const p of insights.trend) Object.assign(row(p.day), p)
  for (const p of insights.practiceTrend)
    Object.assign(row(p.day), { before: p.before, after: p.after })
  return [...rows.values()].sort((a, b) => a.day - b.day)
}

/**
 * The daily average of the everyday check-ins with its 7-day average, and the ratings given
 * before and after a practice as dots of their own: mixed into one average, a day with a
 * practice would look tenser or looser only because of when the ratings were given.
 */
export function TrendSection({ insights }: { insights: Insights }) {
  const { bucketDays, checkins, practiceTrend } = insights
  const rows = useMemo(() => rowsOf(insights), [insights])
  const days = useMemo(() => rows.map((r) => r.day), [rows])
  const series = useMemo<ChartSeries[]>(
    () => [
      {
        label: bucketDays > 1 ? `Check-ins, per ${String(bucketDays)} days` : 'Daily check-ins',
        values: rows.map((r) => r.average),
        colorVar: '--chart-daily',
        width: 1.5,
      },
      {
        label: '7-day average',
        values: rows.map((r) => r.movingAverage),
        colorVar: '--accent',
        width: 3,
      },
      ...(practiceTrend.length > 0
        ? [
            {
              label: 'Before a practice',
              values: rows.map((r) => r.before),
              colorVar: '--chart-before',
              pointsOnly: true,
            },
            {
              label: 'After a practice',
              values: rows.map((r) => r.after),
              colorVar: '--chart-after',
              pointsOnly: true,
            },
          ]
        : []),
    ],
    [rows, bucketDays, practiceTrend.length],
  )
  const aroundPractice = insights.totals.ratings - checkins.ratings
  return (
    <section className={styles['insights-card']} aria-labelledby="trend-title">
      <h2 id="trend-title">Hip tension over time</h2>
      <p>
        {insights.totals.ratings} self-rating{insights.totals.ratings === 1 ? '' : 's'} in this
        period: {checkins.ratings} everyday check-in{checkins.ratings === 1 ? '' : 's'} on{' '}
        {checkins.days} day{checkins.days === 1 ? '' : 's'}
        {checkins.average === null ? '' : `, average ${formatNumber(checkins.average)} out of 10`}
        {aroundPractice > 0
          ? `, and ${String(aroundPractice)} given before or after a practice, shown as dots of their own`
          : ''}
        .
      </p>
      {insights.totals.days < 3 ? (
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
        <div className={styles['table-scroll']}>
          <table className={styles['data-table']}>
            <caption>
              Average self-rating per {bucketDays > 1 ? `${String(bucketDays)} days` : 'day'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Check-ins</th>
                <th scope="col">7-day average</th>
                <th scope="col">Number</th>
                <th scope="col">Before a practice</th>
                <th scope="col">After a practice</th>
              </tr>
            </thead>
            <tbody>
              {[...rows].reverse().map((r) => (
                <tr key={r.day}>
                  <th scope="row">{formatDay(r.day, bucketDays)}</th>
                  <td>{formatNumber(r.average)}</td>
                  <td>{formatNumber(r.movingAverage)}</td>
                  <td>{r.count}</td>
                  <td>{formatNumber(r.before)}</td>
                  <td>{formatNumber(r.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </TableToggle>
    </section>
  )
}
