import { useRef, useState } from 'react'
import { api } from '../api'
import { useSettings } from '../settings/settings-context'
import type { Rating } from '../../../electron/shared/contract/log'
import { useT } from '../i18n/i18n-context'
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

/** After the session: what was saved, and the after-rating, open to change until left. */
export function SessionSummary({
  title,
  outcome,
  beforeRating,
  onAgain,
  onDone,
}: SessionSummaryProps) {
  const { settings } = useSettings()
  const { t } = useT()
  // The saved after-rating, and the number on the scale (kept only on Save).
  const [after, setAfter] = useState<number | null>(null)
  const [draft, setDraft] = useState<number | null>(null)
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
        setStatus({ text: t('practice.summary.ratingNotSaved', { reason: problem }), error: true })
        return
      }
      setStatus({
        text: t(value === null ? 'practice.summary.ratingRemoved' : 'practice.summary.ratingSaved'),
        error: false,
      })
      // Finish is the next step; the scale stays open for a change of mind until then.
      if (value !== null) finish.current?.focus({ preventScroll: true })
    })
  }

  return (
    <section className={styles['session-summary']} aria-labelledby="summary-title">
      <h2 id="summary-title" tabIndex={-1}>
        {completed ? t('practice.summary.wellDone') : t('practice.summary.stopped')}
      </h2>
      <p>
        {t('practice.summary.practised', {
          title,
          practised: formatDuration(t, outcome.actualMs),
          outcome: completed ? 'completed' : outcome.plannedMs ? 'partOfPlanned' : 'part',
          planned: outcome.plannedMs ? formatDuration(t, outcome.plannedMs) : '',
        })}
      </p>
      {outcome.saveError ? (
        <p role="alert" className="form-error">
          {t('practice.summary.saveError', { reason: outcome.saveError })}
        </p>
      ) : null}
      {settings?.practiceAskRatings !== false ? (
        <RatingPrompt
          id="after-rating"
          question={t('practice.summary.afterQuestion')}
          value={draft}
          onChange={(value) => {
            setDraft(value)
            // Clear takes a saved rating back at once; a moved scale waits for Save.
            if (value === null && after !== null) rate(null)
          }}
          onSave={() => rate(draft)}
        />
      ) : null}
      {beforeRating !== null && after !== null ? (
        <p className={styles['rating-change']}>
          {t('practice.summary.yourRating', { change: ratingChange(t, beforeRating, after) })}
        </p>
      ) : null}
      <p
        role={status?.error ? 'alert' : 'status'}
        className={status?.error ? 'form-error' : 'form-status'}
      >
        {status?.text ?? ''}
      </p>
      <div className={styles['practice-actions']}>
        <button ref={finish} type="button" className="primary" autoFocus onClick={onDone}>
          {after === null ? t('practice.summary.skipAndFinish') : t('practice.summary.finish')}
        </button>
        <button type="button" onClick={onAgain}>
          {t('practice.summary.again')}
        </button>
      </div>
    </section>
  )
}
