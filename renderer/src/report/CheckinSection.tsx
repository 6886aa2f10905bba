import type { Checkin } from '../../../electron/shared/contract/checkins'
import {
  pegChangeSentence,
  summarizeGlobalChange,
  summarizePeg,
} from '../../../electron/shared/checkins/summary'
import { dayLabel, oneDecimal, shortDay } from './format'
import styles from './report.module.css'

export function CheckinSection({ checkins }: { checkins: readonly Checkin[] }) {
  const pegs = checkins.filter((c) => c.instrument === 'peg' && c.status === 'answered')
  const peg = summarizePeg(checkins)
  const sentence = pegChangeSentence(peg)
  const meaningful = peg.change === 'moderate' || peg.change === 'substantial'
  const change = summarizeGlobalChange(checkins)
  // The first answer is the baseline every change is read against; then the most recent.
  const shown = pegs.length > 6 ? [...pegs.slice(0, 1), ...pegs.slice(-5)] : pegs
  return (
    <section aria-labelledby="report-peg">
      <h2 id="report-peg">Pain interference: PEG (0–10)</h2>
      {pegs.length === 0 ? (
        <p>No PEG answered in this period.</p>
      ) : (
        <table aria-label="PEG check-ins">
          <thead>
            <tr>
              <th>Date</th>
              <th className={styles['num']}>Pain</th>
              <th className={styles['num']}>Enjoyment</th>
              <th className={styles['num']}>Activity</th>
              <th className={styles['num']}>PEG score</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <td>{shortDay(c.takenAt)}</td>
                {c.answers.map((a, i) => (
                  <td key={i} className={styles['num']}>
                    {a}
                  </td>
                ))}
                <td className={styles['num']}>{oneDecimal(c.score ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pegs.length > 6 ? (
        <p className={styles['small']}>
          The first (baseline) and the last {shown.length - 1} of {pegs.length} shown.
        </p>
      ) : null}
      {sentence ? (
        <p>
          First to last PEG in this period: {sentence}{' '}
          {meaningful ? <span className={styles['flag']}>[Meaningful change]</span> : null}
        </p>
      ) : null}
      <h2>Overall change (PGIC-style)</h2>
      {change.latest ? (
        <p>
          Latest ({dayLabel(change.latest.takenAt)}): <strong>{change.latest.label}</strong>
          {change.latest.meaningful ? (
            <span className={styles['flag']}> [Meaningful change: much improved or better]</span>
          ) : null}
          {change.count > 1 ? ` (${String(change.count)} answers in this period)` : ''}
        </p>
      ) : (
        <p>Not answered in this period.</p>
      )}
      <p className={styles['small']}>
        Asked monthly (7 points): change in hips and pelvis since starting or the last answer.
      </p>
    </section>
  )
}
