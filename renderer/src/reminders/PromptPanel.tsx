import type {
  FollowedCounts,
  PromptReport,
  PromptSuggestion,
} from '../../../electron/shared/contract/reminders'
import { minutesText } from './format'
import styles from './reminders.module.css'

const pct = (part: number, whole: number) =>
  whole === 0 ? '0%' : `${String(Math.round((part / whole) * 100))}%`

const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`

function followedText(c: FollowedCounts): string {
  return (
    `A break of a minute or more began within 1 minute after ${pct(c.within1, c.prompts)} of ` +
    `them, within 3 minutes after ${pct(c.within3, c.prompts)} and within 5 minutes after ` +
    `${pct(c.within5, c.prompts)}.`
  )
}

/** Worded as what went together, never as what caused what; the choice stays the user's. */
export function suggestionText(s: PromptSuggestion): string {
  if (s.kind === 'interval') {
    return (
      `When you got up by yourself (${String(s.basedOn)} times), it was usually after about ` +
      `${String(s.suggestedMin)} minutes of sitting, and reminders every ${String(s.currentMin)} ` +
      `minutes were seldom followed by a break. A ${String(s.suggestedMin)}-minute interval may ` +
      'fit your rhythm better. If you want to try it, change it in Break settings; Loosen does ' +
      'not change it for you.'
    )
  }
  return (
    `Around ${hourText(s.hour)}, reminders were followed by a break less often ` +
    `(${pct(s.rate * s.basedOn, s.basedOn)} of ${String(s.basedOn)}) than overall ` +
    `(${pct(s.overallRate, 1)}). If that hour is usually taken up, a gap in your working ` +
    'hours there, or a break just before it, may suit you better. Nothing changes unless you ' +
    'change it.'
  )
}

export function PromptPanel({ report }: { report: PromptReport }) {
  const { overall } = report
  return (
    <section aria-labelledby="reminders-prompts">
      <h2 id="reminders-prompts">Do the reminders help?</h2>
      {overall.prompts === 0 ? (
        <p className={styles['reminders-hint']}>
          No reminders in the last 4 weeks yet. Once there are some, this shows how often one was
          followed by a break, by hour of day.
        </p>
      ) : (
        <>
          <p>
            In the last 4 weeks Loosen reminded you {overall.prompts}{' '}
            {overall.prompts === 1 ? 'time' : 'times'}. {followedText(overall)}
          </p>
          {report.suggestion ? (
            <p className={styles['reminders-suggestion']}>{suggestionText(report.suggestion)}</p>
          ) : null}
          <table className={styles['reminders-week']}>
            <caption>Reminders by hour of day</caption>
            <thead>
              <tr>
                <th scope="col">Hour</th>
                <th scope="col">Reminders</th>
                <th scope="col">Break within 5 min</th>
              </tr>
            </thead>
            <tbody>
              {report.byHour.map((h) => (
                <tr key={h.hour}>
                  <th scope="row">{hourText(h.hour)}</th>
                  <td>{h.prompts}</td>
                  <td>{pct(h.within5, h.prompts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {report.meanWaitMs !== null ? (
        <p className={styles['reminders-hint']}>
          Reminders that waited for a pause in your typing waited{' '}
          {Math.round(report.meanWaitMs / 1000)} seconds on average.
        </p>
      ) : null}
      <h3>Sitting stretches over 30 minutes</h3>
      {report.bouts.every((d) => d.longestMs === 0) ? (
        <p className={styles['reminders-hint']}>
          No sitting recorded in the last 7 days yet. Each day's count of stretches over 30 minutes,
          and its longest, will show here.
        </p>
      ) : (
        <ul className={styles['reminders-bouts']}>
          {report.bouts.map((d) => (
            <li key={d.date}>
              {new Date(d.dayStart).toLocaleDateString(undefined, {
                weekday: 'short',
                day: 'numeric',
              })}
              : {d.over30}
              {d.longestMs > 0 ? ` (longest ${minutesText(d.longestMs)})` : ''}
            </li>
          ))}
        </ul>
      )}
      <p className={styles['reminders-hint']}>
        These figures show what happened after reminders, not what the reminders caused: a break may
        have been planned anyway, and a missed one may have had good reasons.
      </p>
    </section>
  )
}
