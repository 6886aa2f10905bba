import type { Checkin } from '../../../electron/shared/contract/checkins'
import {
  BORROWED_NOTE,
  PEG_MEANING,
  pegChangeSentence,
  summarizeGlobalChange,
  summarizePeg,
} from '../../../electron/shared/checkins/summary'
import styles from './checkins.module.css'

function day(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString(undefined, { dateStyle: 'medium' })
}

/** The latest scores with what they mean, and a "meaningful change" flag where research has one. */
export function CheckinResults({ checkins }: { checkins: readonly Checkin[] }) {
  const peg = summarizePeg(checkins)
  const change = summarizeGlobalChange(checkins)
  if (!peg.latest && !change.latest) {
    return <p className="muted">No check-ins answered yet. Your scores will show here.</p>
  }
  const pegSentence = pegChangeSentence(peg)
  const meaningful = peg.change === 'moderate' || peg.change === 'substantial'
  return (
    <div>
      {peg.latest ? (
        <section aria-label="PEG score">
          <h3>PEG score</h3>
          <p className={styles['score']}>
            {peg.latest.score.toFixed(1)}{' '}
            <span className="muted">of 10, {day(peg.latest.takenAt)}</span>
          </p>
          <p>{PEG_MEANING}</p>
          {pegSentence ? (
            <p>
              {meaningful ? <span className={styles['flag']}>Meaningful change</span> : null}{' '}
              {pegSentence}
            </p>
          ) : (
            <p className="muted">After your next PEG, Loosen compares it with this first one.</p>
          )}
        </section>
      ) : null}
      {change.latest ? (
        <section aria-label="Overall change">
          <h3>Overall change</h3>
          <p className={styles['score']}>
            {change.latest.label} <span className="muted">({day(change.latest.takenAt)})</span>
          </p>
          {change.latest.meaningful ? (
            <p>
              <span className={styles['flag']}>Meaningful change</span> “Much improved” or better is
              the level research treats as a meaningful improvement.
            </p>
          ) : null}
          <p className="muted">A 7-point question in the style of a global impression of change.</p>
        </section>
      ) : null}
      <p className={styles['borrowed']}>
        {BORROWED_NOTE} These are your own self-reports, and self-care, not medical advice.
      </p>
    </div>
  )
}
