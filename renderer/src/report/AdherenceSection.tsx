import type { Consistency } from '../../../electron/shared/report/consistency'
import type { ReportWeek } from '../../../electron/shared/report/report-types'
import { shortDay } from './format'
import styles from './report.module.css'

/** The summary page has room for this many rows; a longer period is shown in longer blocks. */
const MAX_ROWS = 13

/** Consecutive 7-day blocks joined `per` at a time, so a year still fits on the summary page. */
function joinWeeks(weeks: readonly ReportWeek[], per: number): ReportWeek[] {
  const rows: ReportWeek[] = []
  for (let i = 0; i < weeks.length; i += per) {
    const part = weeks.slice(i, i + per)
    const sum = (pick: (w: ReportWeek) => number) => part.reduce((s, w) => s + pick(w), 0)
    rows.push({
      start: part[0]?.start ?? 0,
      days: sum((w) => w.days),
      practiceMinutes: sum((w) => w.practiceMinutes),
      sessions: sum((w) => w.sessions),
      breaksTaken: sum((w) => w.breaksTaken),
      breaksSkipped: sum((w) => w.breaksSkipped),
      longSittings: sum((w) => w.longSittings),
    })
  }
  return rows
}

export function AdherenceSection({
  weeks,
  consistency,
}: {
  weeks: readonly ReportWeek[]
  consistency: Consistency
}) {
  const total = (pick: (w: ReportWeek) => number) => weeks.reduce((s, w) => s + pick(w), 0)
  const per = Math.max(1, Math.ceil(weeks.length / MAX_ROWS))
  const rows = joinWeeks(weeks, per)
  return (
    <section aria-labelledby="report-adherence">
      <h2 id="report-adherence">
        Adherence: practice and breaks from sitting, per{' '}
        {per === 1 ? 'week' : `${String(per)} weeks`}
      </h2>
      <table aria-label="Adherence per week">
        <thead>
          <tr>
            <th>{per === 1 ? 'Week from' : `${String(per)} weeks from`}</th>
            <th className={styles['num']}>Practice min</th>
            <th className={styles['num']}>Sessions</th>
            <th className={styles['num']}>Breaks taken</th>
            <th className={styles['num']}>Breaks skipped</th>
            <th className={styles['num']}>Sat&nbsp;&gt;&nbsp;30 min</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w) => (
            <tr key={w.start}>
              <td>
                {shortDay(w.start)}
                {w.days < 7 * per ? ` (${String(w.days)} d)` : ''}
              </td>
              <td className={styles['num']}>{w.practiceMinutes}</td>
              <td className={styles['num']}>{w.sessions}</td>
              <td className={styles['num']}>{w.breaksTaken}</td>
              <td className={styles['num']}>{w.breaksSkipped}</td>
              <td className={styles['num']}>{w.longSittings}</td>
            </tr>
          ))}
          <tr>
            <th>Total</th>
            <th className={styles['num']}>{total((w) => w.practiceMinutes)}</th>
            <th className={styles['num']}>{total((w) => w.sessions)}</th>
            <th className={styles['num']}>{total((w) => w.breaksTaken)}</th>
            <th className={styles['num']}>{total((w) => w.breaksSkipped)}</th>
            <th className={styles['num']}>{total((w) => w.longSittings)}</th>
          </tr>
        </tbody>
      </table>
      <p>
        Weekly target, practice on {consistency.target} days a week: met in{' '}
        <strong>
          {consistency.met} of {consistency.counted}
        </strong>{' '}
        calendar weeks.
      </p>
      <p className={styles['small']}>
        Breaks: a break reminder followed by a break (taken) or dismissed (skipped). Sat &gt; 30
        min: stretches at the computer over 30 minutes without a break.
      </p>
    </section>
  )
}
