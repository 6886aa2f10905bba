import type { Consistency } from '../../../../electron/shared/report/consistency'
import type { ReportWeek } from '../../../../electron/shared/report/report-types'
import { shortDay } from '../format'
import styles from '../report.module.css'

/** "7 Sept" for the Monday key YYYY-MM-DD (a local date). */
function mondayLabel(key: string): string {
  const [y, m, d] = key.split('-').map(Number)
  return shortDay(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime())
}

const WIDTH = 640
const HEIGHT = 130
const PAD = { left: 28, right: 8, top: 8, bottom: 18 }

/** One black bar per 7-day block, labelled with its first day: a dose over the period at a glance. */
function WeekBars({
  weeks,
  pick,
  label,
}: {
  weeks: readonly ReportWeek[]
  pick: (week: ReportWeek) => number
  label: string
}) {
  const most = Math.max(1, ...weeks.map(pick))
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, weeks.length)
  // Room for about 13 date labels: a longer period labels every few bars.
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 13))
  const y = (v: number) => PAD.top + (1 - v / most) * (HEIGHT - PAD.top - PAD.bottom)
  return (
    <svg viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="img" aria-label={label}>
      {[0, most].map((t) => (
        <text key={t} x={PAD.left - 4} y={y(t) + 3} textAnchor="end" fontSize="9">
          {t}
        </text>
      ))}
      <line
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={y(0)}
        y2={y(0)}
        stroke="#000"
        strokeWidth="0.5"
      />
      {weeks.map((w, i) => (
        <g key={w.start}>
          <rect
            x={PAD.left + i * slot + slot * 0.15}
            y={y(pick(w))}
            width={slot * 0.7}
            height={y(0) - y(pick(w))}
            fill="#000"
          />
          {i % labelEvery === 0 ? (
            <text x={PAD.left + (i + 0.5) * slot} y={HEIGHT - 4} textAnchor="middle" fontSize="8">
              {shortDay(w.start)}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  )
}

/** Practice dose and long sittings per block, and every calendar week against the weekly target. */
export function AdherenceDetail({
  weeks,
  consistency,
}: {
  weeks: readonly ReportWeek[]
  consistency: Consistency
}) {
  return (
    <section aria-labelledby="detail-adherence">
      <h2 id="detail-adherence">Practice minutes per 7 days</h2>
      <WeekBars weeks={weeks} pick={(w) => w.practiceMinutes} label="Practice minutes per 7 days" />
      <h2>Sitting stretches over 30 minutes per 7 days</h2>
      <WeekBars
        weeks={weeks}
        pick={(w) => w.longSittings}
        label="Sitting stretches over 30 minutes per 7 days"
      />
      <h2>Calendar weeks against the weekly target</h2>
      <table aria-label="Calendar weeks against the weekly target">
        <thead>
          <tr>
            <th>Week (Monday)</th>
            <th className={styles['num']}>Days with practice</th>
            <th className={styles['num']}>Target of {consistency.target} days</th>
          </tr>
        </thead>
        <tbody>
          {consistency.weeks.map((w) => (
            <tr key={w.start}>
              <td>{mondayLabel(w.start)}</td>
              <td className={styles['num']}>{w.practiceDays}</td>
              <td className={styles['num']}>{w.met ? 'met' : w.underWay ? 'under way' : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles['small']}>
        A day with practice has a session of at least a minute. The first and last weeks may lie
        partly outside the period.
      </p>
    </section>
  )
}
