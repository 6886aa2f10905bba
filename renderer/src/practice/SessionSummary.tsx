import { useRef, useState } from 'react'
import { api } from '../api'
import { useSettings } from '../settings/settings-context'
import type { Rating } from '../../../electron/shared/contract/log'
import { formatDuration } from './format'
import { ratingChange } from './rating-change'
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

/** After the session: what was saved, and the one-tap after-rating, open to change until left. */
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
  // The saved after-rating, so a change until the summary is left edits it instead of adding
  // another. Saves run one after another: a quick second press waits for the first.
  const saved = useRef<Rating | null>(null)
  const queue = useRef<Promise<void>>(Promise.resolve())

  const save = async (value: number | null): Promise<string | null> => {
    const current = saved.current
    if (value === null) {
      if (!current) return null
      const result = await api().log.deleteRating({ id: current.id })
      if (!result.ok) return result.error.message
      saved.current = null
      return null
    }
    const result = current
      ? await api().log.updateRating({
          id: current.id,
          value,
          takenAt: current.takenAt,
          regions: current.regions,
          note: current.note,
          tags: current.tags,
        })
      : await api().log.addRating({ value, sessionId: outcome.sessionId, phase: 'after' })
    if (!result.ok) return result.error.message
    saved.current = result.value
    return null
  }

  const rate = (value: number | null) => {
    setAfter(value)
    queue.current = queue.current.then(async () => {
      const problem = await save(value)
      if (problem) {
        setStatus({ text: `Your rating was not saved: ${problem}`, error: true })
        return
      }
      setStatus({
        text: value === null ? 'Self-rating removed.' : 'Self-rating saved.',
        error: false,
      })
      // Finish is the next step; the numbers stay open for a change of mind until then.
      if (value !== null) finish.current?.focus({ preventScroll: true })
    })
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
          onChange={rate}
        />
      ) : null}
      {beforeRating !== null && after !== null ? (
        <p className={styles['rating-change']}>Your rating: {ratingChange(beforeRating, after)}</p>
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
