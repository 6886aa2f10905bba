import { useEffect, useRef, useState } from 'react'
import { HIP_REGIONS, type HipRegion } from '../../../electron/shared/contract/log'
import { REGION_LABELS } from '../../../electron/shared/log/regions'
import type { StopReasonKind } from '../../../electron/shared/practice/stop-reason'
import { api } from '../api'
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

const ANSWERS: { value: Answer; label: string }[] = [
  { value: 'none', label: 'No, or I’d rather not say' },
  { value: 'pain', label: 'Yes, pain' },
  { value: 'discomfort', label: 'Yes, discomfort' },
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
    else setError(`The reason was not saved: ${result.error.message}`)
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
      <h2 id="stop-confirm-title">{finishing ? 'Finish this session?' : 'Stop this session?'}</h2>
      <p>
        {finishing
          ? `It will be saved with ${formatDuration(practisedMs)} practised.`
          : `It will be saved as partly done: ${formatDuration(practisedMs)} so far. The time you practised still counts.`}
      </p>
      {finishing ? null : (
        <fieldset className={own['reason']}>
          <legend>Are you stopping because of pain or discomfort? (optional)</legend>
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
                {a.label}
              </label>
            ))}
          </div>
          {answer === 'none' ? null : (
            <>
              <fieldset className={own['regions']}>
                <legend>Where did you feel it? (optional)</legend>
                {HIP_REGIONS.map((region) => (
                  <label key={region}>
                    <input
                      type="checkbox"
                      checked={regions.includes(region)}
                      onChange={() => toggle(region)}
                    />{' '}
                    {REGION_LABELS[region]}
                  </label>
                ))}
              </fieldset>
              <label className={own['note']}>
                Anything to note? (optional)
                <textarea
                  value={note}
                  maxLength={1000}
                  rows={2}
                  onChange={(e) => setNote(e.target.value)}
                />
              </label>
              <p className={own['hint']}>
                Stopping was right. If the pain is sharp or stays, let a health professional know.
              </p>
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
          Keep going
        </button>
        <button type="button" disabled={saving} onClick={() => void stop()}>
          {finishing ? 'Finish and save' : 'Stop and save'}
        </button>
      </div>
    </dialog>
  )
}
