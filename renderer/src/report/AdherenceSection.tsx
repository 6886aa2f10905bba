import type { Consistency } from '../../../electron/shared/report/consistency'
import type { ReportWeek } from '../../../electron/shared/report/report-types'
import { shortDay } from './format'
import styles from './report.module.css'

export function AdherenceSection({
  weeks,
  consistency,
}: {
  weeks: readonly ReportWeek[]
  consistency: Consistency
}) {
  const total = (pick: (w: ReportWeek) => number) => weeks.reduce((s, w) => s + pick(w), 0)
  return (
    <section aria-labelledby="report-adherence">
      <h2 id="report-adherence">Adherence: practice and breaks from sitting, per week</h2>
      <table aria-label="Adherence per week">
        <thead>
          <tr>
            <th>Week from</th>
            <th className={styles['num']}>Practice min</th>
            <th className={styles['num']}>Sessions</th>
            <th className={styles['num']}>Breaks taken</th>
            <th className={styles['num']}>Breaks skipped</th>
            <th className={styles['num']}>Sat&nbsp;&gt;&nbsp;30 min</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <td>
                {shortDay(w.start)}
                {w.days < 7 ? ` (${String(w.days)} d)` : ''}
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
