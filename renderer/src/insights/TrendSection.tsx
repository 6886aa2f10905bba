import { useMemo } from 'react'
import type { Insights } from '../../../electron/shared/log/insights-types'
import { useT } from '../i18n/i18n-context'
import { useInsightsFormat } from './format'
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
  const t = useT()
  const format = useInsightsFormat()
  const count = new Intl.NumberFormat(t.locale.format)
  const rows = useMemo(() => rowsOf(insights), [insights])
  const days = useMemo(() => rows.map((r) => r.day), [rows])
  const series = useMemo<ChartSeries[]>(
    () => [
      {
        label: t.t('insights.trend.series.checkins', { days: bucketDays }),
        values: rows.map((r) => r.average),
        colorVar: '--chart-daily',
        width: 1.5,
      },
      {
        label: t.t('insights.trend.series.movingAverage'),
        values: rows.map((r) => r.movingAverage),
        colorVar: '--accent',
        width: 3,
      },
      ...(practiceTrend.length > 0
        ? [
            {
              label: t.t('insights.trend.series.before'),
              values: rows.map((r) => r.before),
              colorVar: '--chart-before',
              pointsOnly: true,
            },
            {
              label: t.t('insights.trend.series.after'),
              values: rows.map((r) => r.after),
              colorVar: '--chart-after',
              pointsOnly: true,
            },
          ]
        : []),
    ],
    [rows, bucketDays, practiceTrend.length, t],
  )
  const aroundPractice = insights.totals.ratings - checkins.ratings
  return (
    <section className={styles['insights-card']} aria-labelledby="trend-title">
      <h2 id="trend-title">{t.t('insights.trend.heading')}</h2>
      <p>
        {t.t('insights.trend.counts', {
          total: insights.totals.ratings,
          checkins: checkins.ratings,
          days: checkins.days,
          hasAverage: checkins.average === null ? 'no' : 'yes',
          average: format.number(checkins.average),
          around: aroundPractice,
        })}
      </p>
      {insights.totals.days < 3 ? (
        <p className={styles['sparse-note']}>{t.t('insights.trend.sparse')}</p>
      ) : null}
      <LineChart days={days} series={series} />
      {bucketDays > 1 ? (
        <p className="form-hint">{t.t('insights.trend.bucketHint', { days: bucketDays })}</p>
      ) : null}
      <TableToggle
        showLabel={t.t('insights.trend.showTable')}
        hideLabel={t.t('insights.trend.hideTable')}
      >
        <div className={styles['table-scroll']}>
          <table className={styles['data-table']}>
            <caption>{t.t('insights.trend.caption', { days: bucketDays })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('insights.trend.col.date')}</th>
                <th scope="col">{t.t('insights.trend.col.checkins')}</th>
                <th scope="col">{t.t('insights.trend.series.movingAverage')}</th>
                <th scope="col">{t.t('insights.trend.col.number')}</th>
                <th scope="col">{t.t('insights.trend.series.before')}</th>
                <th scope="col">{t.t('insights.trend.series.after')}</th>
              </tr>
            </thead>
            <tbody>
              {[...rows].reverse().map((r) => (
                <tr key={r.day}>
                  <th scope="row">{format.day(r.day, bucketDays)}</th>
                  <td>{format.number(r.average)}</td>
                  <td>{format.number(r.movingAverage)}</td>
                  <td>{count.format(r.count)}</td>
                  <td>{format.number(r.before)}</td>
                  <td>{format.number(r.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </TableToggle>
    </section>
  )
}
