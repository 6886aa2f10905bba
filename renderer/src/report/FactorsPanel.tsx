import { useState } from 'react'
import { useApiQuery } from '../data/use-api-query'
import styles from '../checkins/checkins.module.css'
import { factorLabel, factorSentence } from './factor-text'
import { periodEndingNow } from './ReportPanel'

const REFRESH = {
  refreshOn: [
    { kind: 'data', domain: 'log' },
    { kind: 'data', domain: 'practice' },
    { kind: 'data', domain: 'reminders' },
  ],
} as const

/** Per tag and habit: average tension on days with it against days without, over 90 days. */
export function FactorsPanel() {
  // Fixed when the panel opens, so the query is not asked again on every render.
  const [period] = useState(() => periodEndingNow(90))
  const query = useApiQuery('report:factors', period, REFRESH)
  return (
    <section className={styles['panel']} aria-labelledby="factors-title">
      <h2 id="factors-title">What goes with better days</h2>
      <p className="form-hint">
        From your self-ratings of the last 90 days, for tags and habits with at least 7 days with
        them and 7 without. These are associations in your own records: they do not show that one
        causes the other.
      </p>
      {query.error ? <p className="form-error">{query.error.message}</p> : null}
      {query.data?.length === 0 ? (
        <p className="muted">
          Not enough days yet. Tag your self-ratings (for example “desk” or “walk”) and after a few
          weeks each tag is compared here.
        </p>
      ) : null}
      {query.data && query.data.length > 0 ? (
        <ul aria-label="Tags and habits compared">
          {query.data.map((effect) => (
            <li key={effect.factor}>
              <strong>{factorLabel(effect.factor)}:</strong> {factorSentence(effect)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
