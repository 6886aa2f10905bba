import { useMemo } from 'react'
import type { SittingInsight, TensionBucket } from '../../../electron/shared/log/insights-types'
import { formatDay, formatNumber } from './format'
import { LineChart, type ChartSeries } from './LineChart'
import { TableToggle } from './TableToggle'
import styles from './insights.module.css'

function BucketTable({
  caption,
  first,
  buckets,
}: {
  caption: string
  first: string
  buckets: TensionBucket[]
}) {
  return (
    <table className={styles['data-table']}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">Days</th>
          <th scope="col">Average self-rating</th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.label}>
            <th scope="row">{b.label}</th>
            <td>{b.days}</td>
            <td>{formatNumber(b.tension)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Tension beside active sitting time and breaks actually taken, from the reminder records. */
export function SittingSection({ sitting }: { sitting: SittingInsight | null }) {
  const days = useMemo(() => sitting?.days.map((d) => d.day) ?? [], [sitting])
  const series = useMemo<ChartSeries[]>(
    () => [
      {
        label: 'Self-rating',
        values: sitting?.days.map((d) => d.tension) ?? [],
        colorVar: '--accent',
      },
      {
        label: 'Hours sitting',
        values: sitting?.days.map((d) => d.sittingMin / 60) ?? [],
        colorVar: '--muted',
        dash: [4, 4],
        scale: 'right',
      },
    ],
    [sitting],
  )
  return (
    <section className={styles['insights-card']} aria-labelledby="sitting-title">
      <h2 id="sitting-title">Tension, sitting and breaks</h2>
      {!sitting || sitting.days.length === 0 ? (
        <p className={styles['sparse-note']}>
          No sitting or break records in this period yet. Turn on break reminders: Loosen will count
          your active sitting time and the breaks you take, and show them here next to your
          self-ratings.
        </p>
      ) : (
        <>
          <LineChart days={days} series={series} rightLabel="Hours sitting" />
          <div className={styles['bucket-tables']}>
            <BucketTable
              caption="Tension by time spent sitting that day"
              first="Sitting"
              buckets={sitting.bySitting}
            />
            <BucketTable
              caption="Tension by breaks taken that day"
              first="Breaks"
              buckets={sitting.byBreaks}
            />
          </div>
          <TableToggle label="sitting">
            <table className={styles['data-table']}>
              <caption>
                Sitting, breaks and self-rating per{' '}
                {sitting.bucketDays > 1 ? `${sitting.bucketDays} days` : 'day'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Minutes sitting</th>
                  <th scope="col">Breaks taken</th>
                  <th scope="col">Average self-rating</th>
                </tr>
              </thead>
              <tbody>
                {[...sitting.days].reverse().map((d) => (
                  <tr key={d.day}>
                    <th scope="row">{formatDay(d.day, sitting.bucketDays)}</th>
                    <td>{d.sittingMin}</td>
                    <td>{d.breaks}</td>
                    <td>{formatNumber(d.tension)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableToggle>
          <p className="form-hint">
            Breaks are the movement breaks you took and times you were away from the computer for a
            few minutes up to three hours; a night or an evening away is not counted as a break.
            Days sitting together with higher tension is a pattern to notice, not proof that one
            causes the other.
          </p>
        </>
      )}
    </section>
  )
}
