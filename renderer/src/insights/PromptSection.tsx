import type { FollowedCounts, RangePromptReport } from '../../../electron/shared/contract/reminders'
import type { InsightsRange } from '../../../electron/shared/log/insights-types'
import { TableToggle } from './TableToggle'
import styles from './insights.module.css'

const MINUTE = 60_000

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)
const pct = (part: number, whole: number) => `${String(Math.round(share(part, whole) * 100))}%`
const times = (n: number) => `${String(n)} ${n === 1 ? 'time' : 'times'}`

/** "in the last 30 days", or over every record. */
export function periodText(range: InsightsRange): string {
  return range === 'all' ? 'in all your records' : `in the last ${range} days`
}

/** An hour of day in the locale's own clock (9 AM, 09:00). */
function hourText(hour: number, locale?: string): string {
  return new Date(2000, 0, 1, hour).toLocaleTimeString(locale, {
    hour: 'numeric',
    minute: '2-digit',
  })
}

function lengthText(ms: number): string {
  const minutes = Math.round(ms / MINUTE)
  if (minutes < 60) return `${String(minutes)} min`
  const rest = minutes % 60
  return `${String(Math.floor(minutes / 60))} h${rest > 0 ? ` ${String(rest)} min` : ''}`
}

function dateText(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
}

function FollowedLine({ counts }: { counts: FollowedCounts }) {
  return (
    <ul className={styles['followed-shares']}>
      {([1, 3, 5] as const).map((m) => (
        <li key={m} data-within={m}>
          <strong>
            {pct(counts[`within${String(m)}` as keyof FollowedCounts], counts.prompts)}
          </strong>{' '}
          within {m} {m === 1 ? 'minute' : 'minutes'}
        </li>
      ))}
    </ul>
  )
}

/** Share followed within 5 minutes per hour of day, as bars on the one 0–100% scale. */
function ByHour({ report }: { report: RangePromptReport }) {
  return (
    <figure className={styles['tension-bars']}>
      <figcaption>Followed by a break within 5 minutes, by hour of day</figcaption>
      <ul>
        {report.byHour.map((h) => (
          <li key={h.hour} className={styles['bar-row']} data-hour={h.hour}>
            <span className={styles['bar-label']}>{hourText(h.hour)}</span>
            <span className={styles['bar-track']} aria-hidden="true">
              <span
                className={styles['bar-fill']}
                style={{ width: `${String(share(h.within5, h.prompts) * 100)}%` }}
              />
            </span>
            <span className={styles['bar-value']}>
              {pct(h.within5, h.prompts)} of {times(h.prompts)}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}

function HourTable({ report }: { report: RangePromptReport }) {
  return (
    <div className={styles['table-scroll']}>
      <table className={styles['data-table']}>
        <caption>Reminders by hour of day</caption>
        <thead>
          <tr>
            <th scope="col">Hour</th>
            <th scope="col">Reminders</th>
            <th scope="col">Break within 1 min</th>
            <th scope="col">Within 3 min</th>
            <th scope="col">Within 5 min</th>
          </tr>
        </thead>
        <tbody>
          {report.byHour.map((h) => (
            <tr key={h.hour}>
              <th scope="row">{hourText(h.hour)}</th>
              <td>{h.prompts}</td>
              <td>{pct(h.within1, h.prompts)}</td>
              <td>{pct(h.within3, h.prompts)}</td>
              <td>{pct(h.within5, h.prompts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Bouts({ report }: { report: RangePromptReport }) {
  const { sittingDays, over30, longest } = report.bouts
  if (sittingDays === 0 || !longest) {
    return (
      <p className={styles['sparse-note']}>
        No sitting recorded {periodText(report.range)} yet. With break reminders on, the number of
        sitting stretches over 30 minutes per day, and the longest, will show here.
      </p>
    )
  }
  const perDay = over30 / sittingDays
  return (
    <p data-testid="prompt-bouts">
      {over30 === 0
        ? `No sitting stretch went over 30 minutes on the ${String(sittingDays)} ${sittingDays === 1 ? 'day' : 'days'} with sitting recorded.`
        : `${String(over30)} sitting ${over30 === 1 ? 'stretch' : 'stretches'} went over 30 minutes on the ${String(sittingDays)} ${sittingDays === 1 ? 'day' : 'days'} with sitting recorded: about ${perDay.toLocaleString(undefined, { maximumFractionDigits: 1 })} a day.`}{' '}
      The longest was {lengthText(longest.ms)}, on {dateText(longest.date)}.
    </p>
  )
}

/**
 * How often a break followed a reminder, by hour, and long sitting, over the chosen range.
 * Read from Loosen's own records; worded as what went together, never as what reminders did.
 */
export function PromptSection({
  report,
  error,
}: {
  report: RangePromptReport | null
  error: string | null
}) {
  return (
    <section className={styles['insights-card']} aria-labelledby="prompts-title">
      <h2 id="prompts-title">Reminders and breaks</h2>
      {error ? (
        <p className="form-error">{error}</p>
      ) : !report ? (
        <p>Loading reminders…</p>
      ) : (
        <>
          {report.overall.prompts === 0 ? (
            <p className={styles['sparse-note']}>
              No break reminders {periodText(report.range)}. Once Loosen has reminded you a few
              times, this shows how often a break followed, and at which hours.
            </p>
          ) : (
            <>
              <p>
                Loosen reminded you {times(report.overall.prompts)} {periodText(report.range)}. A
                break of a minute or more began after
              </p>
              <FollowedLine counts={report.overall} />
              <ByHour report={report} />
              <TableToggle label="reminders">
                <HourTable report={report} />
              </TableToggle>
            </>
          )}
          <h3 className={styles['prompt-subtitle']}>Sitting stretches over 30 minutes</h3>
          <Bouts report={report} />
          {report.overall.prompts === 0 && report.bouts.sittingDays === 0 ? null : (
            <p className={styles['sparse-note']}>
              From Loosen&apos;s own records on this computer. They show what followed a reminder,
              not what it caused: a break may have been planned anyway, and time away from the
              keyboard is not always a break.
            </p>
          )}
        </>
      )}
    </section>
  )
}
