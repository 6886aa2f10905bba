import type {
  BreakEvent,
  DaySummary,
  TodayReport,
} from '../../../electron/shared/contract/reminders'
import { countsAsBreak } from '../../../electron/shared/reminders/break-rules'
import { clockTime, minutesText } from './format'
import { PromptPanel } from './PromptPanel'
import { cx } from '../styles/cx'
import styles from './reminders.module.css'

const KIND_LABEL = {
  taken: 'Movement break taken',
  natural: 'Natural break (away from the desk)',
  skipped: 'Break skipped',
  snoozed: 'Break snoozed',
  'not-taken': 'Reminded, not taken (a break was started but you stayed at the computer)',
  prompt: 'Reminded',
} as const

function describeBreak(b: BreakEvent): string {
  if (b.kind !== 'natural') return KIND_LABEL[b.kind]
  const length = minutesText(b.durationMs)
  return countsAsBreak(b)
    ? `${KIND_LABEL.natural}, ${length}`
    : `Away from the computer, ${length} (too long to count as a break)`
}

export function TodayPanel({ today }: { today: TodayReport }) {
  return (
    <>
      <TodaySection today={today} />
      <PromptPanel report={today.prompts} />
    </>
  )
}

function TodaySection({ today }: { today: TodayReport }) {
  const length = today.dayEnd - today.dayStart
  const pct = (t: number) => `${(((t - today.dayStart) / length) * 100).toFixed(2)}%`
  return (
    <section aria-labelledby="reminders-today">
      <h2 id="reminders-today">Today</h2>
      <dl className={styles['reminders-figures']}>
        <div>
          <dt>Sitting</dt>
          <dd>{minutesText(today.sittingMs)}</dd>
        </div>
        <div>
          <dt>Longest stretch</dt>
          <dd>{minutesText(today.longestSittingMs)}</dd>
        </div>
        <div>
          <dt>Breaks taken</dt>
          <dd>{today.taken + today.natural}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{today.skipped}</dd>
        </div>
        {today.notTaken > 0 ? (
          <div>
            <dt>Reminded, not taken</dt>
            <dd>{today.notTaken}</dd>
          </div>
        ) : null}
      </dl>
      {today.spans.length === 0 ? (
        <p className={styles['reminders-hint']}>No sitting time counted yet today.</p>
      ) : (
        <div
          className={styles['reminders-timeline']}
          role="img"
          aria-label={`Sitting timeline: ${today.spans
            .map((s) => `${clockTime(s.startedAt)} to ${clockTime(s.endedAt)}`)
            .join(', ')}`}
        >
          {today.spans.map((s) => (
            <span
              key={s.startedAt}
              className={cx(styles['reminders-span'], s.open && styles['open'])}
              style={{
                left: pct(s.startedAt),
                width: pct(today.dayStart + s.endedAt - s.startedAt),
              }}
            />
          ))}
          {today.breaks.map((b) => (
            <span
              key={b.id}
              className={cx(styles['reminders-mark'], styles[b.kind])}
              style={{ left: pct(b.occurredAt) }}
            />
          ))}
        </div>
      )}
      <div className={styles['reminders-scale']} aria-hidden="true">
        <span>00:00</span>
        <span>06:00</span>
        <span>12:00</span>
        <span>18:00</span>
        <span>24:00</span>
      </div>
      {today.breaks.length > 0 ? (
        <ul className={styles['reminders-breaks']}>
          {today.breaks.map((b) => (
            <li key={b.id}>
              {clockTime(b.occurredAt)} — {describeBreak(b)}
              {b.sittingBeforeMs > 0 ? ` after ${minutesText(b.sittingBeforeMs)} sitting` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function isEmpty(d: DaySummary): boolean {
  return d.sittingMs === 0 && d.taken + d.natural + d.skipped + d.snoozed === 0
}

export function WeekSummary({ week }: { week: DaySummary[] }) {
  return (
    <section aria-labelledby="reminders-week">
      <h2 id="reminders-week">Last 7 days</h2>
      {week.every(isEmpty) ? (
        <p className={styles['reminders-hint']}>
          Nothing recorded in the last 7 days yet. While reminders are on, each day&apos;s sitting
          time, longest stretch and breaks appear here, so you can see how the week went.
        </p>
      ) : (
        <table className={styles['reminders-week']}>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Sitting</th>
              <th scope="col">Longest stretch</th>
              <th scope="col">Breaks</th>
              <th scope="col">Skipped</th>
            </tr>
          </thead>
          <tbody>
            {week.map((d) => (
              <tr key={d.date}>
                <th scope="row">
                  {new Date(d.dayStart).toLocaleDateString(undefined, {
                    weekday: 'short',
                    day: 'numeric',
                    month: 'short',
                  })}
                </th>
                {isEmpty(d) ? (
                  <td colSpan={4} className={styles['reminders-week-none']}>
                    Nothing recorded
                  </td>
                ) : (
                  <>
                    <td>{minutesText(d.sittingMs)}</td>
                    <td>{minutesText(d.longestSittingMs)}</td>
                    <td>{d.taken + d.natural}</td>
                    <td>{d.skipped}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
