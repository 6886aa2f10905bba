import { useEffect, useRef, useState } from 'react'
import { HIP_REGIONS, type HipRegion } from '../../../electron/shared/contract/log'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { REGION_LABELS, REGION_MESSAGE_IDS } from '../../../electron/shared/log/regions'
import type { StopReasonKind } from '../../../electron/shared/practice/stop-reason'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
import { formatDuration } from './format'
import { useModalDialog } from '../hooks/use-modal-dialog'
import styles from './practice.module.css'
import own from './stop-reason.module.css'

/** The step the session is on when it is stopped, for the record of why it was stopped. */
export interface StoppedStep {
  index: number
  text: string
  /** A movement step (it has a pose): stops for pain there are listed in the clinician report. */
  movement: boolean
}

interface StopConfirmProps {
  open: boolean
  /** Open-ended sessions are finished, not stopped early: saved as done, not partly done. */
  finishing: boolean
  practisedMs: number
  sessionId: string
  step: StoppedStep
  onStop: () => void
  onKeepGoing: () => void
}

type Answer = 'none' | StopReasonKind

const ANSWERS: { value: Answer; label: MessageKey }[] = [
  { value: 'none', label: 'practice.stop.answer.none' },
  { value: 'pain', label: 'practice.stop.answer.pain' },
  { value: 'discomfort', label: 'practice.stop.answer.discomfort' },
]

/**
 * Asked before ending a session that has run more than a minute. Stopping early also asks,
 * gently and skippably, whether it was pain or discomfort and where: a record for the person
 * and, if they choose, their physio. Nothing is saved unless they say yes.
 */
export function StopConfirm({
  open,
  finishing,
  practisedMs,
  sessionId,
  step,
  onStop,
  onKeepGoing,
}: StopConfirmProps) {
  const dialog = useModalDialog(open)
  const { t, dynamic } = useT()
  const keepGoingButton = useRef<HTMLButtonElement>(null)
  // The dialog would focus its first control, now the pain question; "Keep going" stays the
  // safe default under the keyboard, as before the question was added.
  useEffect(() => {
    if (open) keepGoingButton.current?.focus()
  }, [open])
  const [answer, setAnswer] = useState<Answer>('none')
  const [regions, setRegions] = useState<HipRegion[]>([])
  const [note, setNote] = useState('')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // Keeping going clears the answer: the next time the question opens, it starts blank.
  const keepGoing = () => {
    setAnswer('none')
    setRegions([])
    setNote('')
    setError(null)
    onKeepGoing()
  }

  const toggle = (region: HipRegion) =>
    setRegions((now) => (now.includes(region) ? now.filter((r) => r !== region) : [...now, region]))

  const stop = async () => {
    if (finishing || answer === 'none') {
      onStop()
      return
    }
    setSaving(true)
    const result = await api().practice.recordStopReason({
      sessionId,
      reason: answer,
      // In the body map's order, whatever order they were ticked in.
      regions: HIP_REGIONS.filter((r) => regions.includes(r)),
      ...(note.trim() ? { note: note.trim() } : {}),
      stepIndex: step.index,
      stepText: step.text.slice(0, 300),
      movement: step.movement,
    })
    setSaving(false)
    if (result.ok) onStop()
    else setError(t('practice.stop.reasonNotSaved', { reason: result.error.message }))
  }

  return (
    <dialog
      ref={dialog}
      className={styles['practice-dialog']}
      aria-labelledby="stop-confirm-title"
      onCancel={(event) => {
        // Escape here means "no, keep going".
        event.preventDefault()
        keepGoing()
      }}
    >
      <h2 id="stop-confirm-title">
        {finishing ? t('practice.stop.finishTitle') : t('practice.stop.stopTitle')}
      </h2>
      <p>
        {t(finishing ? 'practice.stop.finishSaved' : 'practice.stop.stopSaved', {
          practised: formatDuration(t, practisedMs),
        })}
      </p>
      {finishing ? null : (
        <fieldset className={own['reason']}>
          <legend>{t('practice.stop.question')}</legend>
          <div className={own['answers']}>
            {ANSWERS.map((a) => (
              <label key={a.value}>
                <input
                  type="radio"
                  name="stop-reason"
                  value={a.value}
                  checked={answer === a.value}
                  onChange={() => setAnswer(a.value)}
                />{' '}
                {t(a.label)}
              </label>
            ))}
          </div>
          {answer === 'none' ? null : (
            <>
              <fieldset className={own['regions']}>
                <legend>{t('practice.stop.where')}</legend>
                {HIP_REGIONS.map((region) => (
                  <label key={region}>
                    <input
                      type="checkbox"
                      checked={regions.includes(region)}
                      onChange={() => toggle(region)}
                    />{' '}
                    {dynamic(REGION_MESSAGE_IDS[region], REGION_LABELS[region])}
                  </label>
                ))}
              </fieldset>
              <label className={own['note']}>
                {t('practice.stop.note')}
                <textarea
                  value={note}
                  maxLength={1000}
                  rows={2}
                  onChange={(e) => setNote(e.target.value)}
                />
              </label>
              <p className={own['hint']}>{t('practice.stop.painHint')}</p>
            </>
          )}
        </fieldset>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles['practice-actions']}>
        <button
          ref={keepGoingButton}
          type="button"
          className="primary"
          autoFocus
          onClick={keepGoing}
        >
          {t('practice.stop.keepGoing')}
        </button>
        <button type="button" disabled={saving} onClick={() => void stop()}>
          {finishing ? t('practice.stop.finishAndSave') : t('practice.stop.stopAndSave')}
        </button>
      </div>
    </dialog>
  )
}
