import { useRef, useState } from 'react'
import { api } from '../api'
import { useSettings } from '../settings/settings-context'
import { formatDuration } from './format'
import { RatingPrompt } from './RatingPrompt'
import type { SessionOutcome } from './use-practice-session'
import styles from './practice.module.css'

interface SessionSummaryProps {
  title: string
  outcome: SessionOutcome
  beforeRating: number | null
  onAgain: () => void
  onDone: () => void
}

/** After the session: what was saved, and the one-tap after-rating. */
export function SessionSummary({
  title,
  outcome,
  beforeRating,
  onAgain,
  onDone,
}: SessionSummaryProps) {
  const { settings } = useSettings()
  const [after, setAfter] = useState<number | null>(null)
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null)
  const completed = outcome.status === 'completed'
  const finish = useRef<HTMLButtonElement>(null)

  const rate = async (value: number | null) => {
    setAfter(value)
    if (value === null) return
    const result = await api().log.addRating({
      value,
      sessionId: outcome.sessionId,
      phase: 'after',
    })
    if (!result.ok)
      setStatus({ text: `Your rating was not saved: ${result.error.message}`, error: true })
    else {
      const change = beforeRating === null ? '' : ` (before: ${beforeRating}, after: ${value})`
      setStatus({ text: `Self-rating saved${change}.`, error: false })
      // The rating buttons lock now, the pressed one with them; Finish is the next step.
      finish.current?.focus({ preventScroll: true })
    }
  }

  return (
    <section className={styles['session-summary']} aria-labelledby="summary-title">
      <h2 id="summary-title" tabIndex={-1}>
        {completed ? 'Well done.' : 'Session stopped.'}
      </h2>
      <p>
        {title}: {formatDuration(outcome.actualMs)}
        {completed ? ' practised.' : ' practised, saved as partly done.'}
        {!completed && outcome.plannedMs ? ` (of ${formatDuration(outcome.plannedMs)})` : ''}
      </p>
      {outcome.saveError ? (
        <p role="alert" className="form-error">
          This session could not be saved: {outcome.saveError}
        </p>
      ) : null}
      {settings?.practiceAskRatings !== false ? (
        <RatingPrompt
          id="after-rating"
          question="And how tense do your hips feel now?"
          value={after}
          onChange={(value) => void rate(value)}
          disabled={after !== null && status?.error !== true}
        />
      ) : null}
      <p
        role={status?.error ? 'alert' : 'status'}
        className={status?.error ? 'form-error' : 'form-status'}
      >
        {status?.text ?? ''}
      </p>
      <div className={styles['practice-actions']}>
        <button ref={finish} type="button" className="primary" autoFocus onClick={onDone}>
          {after === null ? 'Skip and finish' : 'Finish'}
        </button>
        <button type="button" onClick={onAgain}>
          Practise again
        </button>
      </div>
    </section>
  )
}
