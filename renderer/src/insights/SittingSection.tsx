import type { SittingInsight, TensionBucket } from '../../../electron/shared/log/insights-types'
import { formatDay, formatNumber } from './format'
import { TableToggle } from './TableToggle'
import styles from './insights.module.css'

/**
 * Average check-in per band of days, as bars on the one 0–10 self-rating scale. Sitting hours
 * and breaks name the bands instead of getting an axis of their own: two y-axes on one chart
 * invite reading any two lines that move together as cause and effect.
 */
function TensionBars({ title, buckets }: { title: string; buckets: TensionBucket[] }) {
  return (
    <figure className={styles['tension-bars']}>
      <figcaption>{title}</figcaption>
      <ul>
        {buckets.map((b) => (
          <li key={b.label} className={styles['bar-row']} data-band={b.label}>
            <span className={styles['bar-label']}>{b.label}</span>
            <span className={styles['bar-track']} aria-hidden="true">
              {b.tension === null ? null : (
                <span
                  className={styles['bar-fill']}
                  style={{ width: `${String(b.tension * 10)}%` }}
                />
              )}
            </span>
            <span className={styles['bar-value']}>
              {b.tension === null
                ? `no check-ins (${String(b.days)} day${b.days === 1 ? '' : 's'})`
                : `${formatNumber(b.tension)} · ${String(b.days)} day${b.days === 1 ? '' : 's'}`}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}

/** Tension beside active sitting time and breaks actually taken, from the reminder records. */
export function SittingSection({ sitting }: { sitting: SittingInsight | null }) {
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
          <p>Average everyday check-in (0–10) on days with</p>
          <div className={styles['bucket-tables']}>
            <TensionBars title="this much sitting" buckets={sitting.bySitting} />
            <TensionBars title="this many breaks taken" buckets={sitting.byBreaks} />
          </div>
          <TableToggle label="sitting">
            <div className={styles['table-scroll']}>
              <table className={styles['data-table']}>
                <caption>
                  Sitting, breaks and check-ins per{' '}
                  {sitting.bucketDays > 1 ? `${String(sitting.bucketDays)} days` : 'day'}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Minutes sitting</th>
                    <th scope="col">Breaks taken</th>
                    <th scope="col">Average check-in</th>
                  </tr>
                </thead>
                <tbody>
                  {[...sitting.days].reverse().map((d) => (
                    <tr key={d.day}>
                      <th scope="row">{formatDay(d.day, sitting.bucketDays)}</th>
                      <td>{d.sittingMin}</td>
                      <td>{Number.isInteger(d.breaks) ? d.breaks : formatNumber(d.breaks)}</td>
                      <td>{formatNumber(d.tension)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
