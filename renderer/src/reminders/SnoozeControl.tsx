import { useId, useState } from 'react'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { POSTPONE_REASON_MAX } from '../../../electron/shared/settings/reminders'
import { api } from '../api'
import type { RemindersView } from './use-reminders'
import styles from './reminders.module.css'

const QUICK_REASONS = ['In a meeting', 'Finishing something', 'Not feeling up to it'] as const

/**
 * Snooze, and when the user asked for it, a short optional note on why: a moment to notice
 * the reason, never a requirement (an empty note snoozes just the same).
 */
export function SnoozeControl({
  status,
  act,
}: {
  status: ReminderStatus
  act: RemindersView['act']
}) {
  const id = useId()
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  const counting = status.phase === 'sitting' || status.phase === 'due'
  const disabled = !counting || status.snoozesLeft === 0
  const r = api().reminders

  function snooze(note: string) {
    const trimmed = note.trim()
    setAsking(false)
    setReason('')
    void act(() => (trimmed === '' ? r.snooze() : r.snooze({ reason: trimmed })))
  }

  if (!status.askPostponeReason || !asking) {
    return (
      <button
        type="button"
        disabled={disabled}
        onClick={() => (status.askPostponeReason ? setAsking(true) : snooze(''))}
      >
        Snooze {status.snoozeMin} min
      </button>
    )
  }
  return (
    <form
      className={styles['reminders-reason']}
      onSubmit={(e) => {
        e.preventDefault()
        snooze(reason)
      }}
    >
      <label htmlFor={`${id}-reason`}>Why not now? (optional)</label>
      <input
        id={`${id}-reason`}
        list={`${id}-choices`}
        maxLength={POSTPONE_REASON_MAX}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <datalist id={`${id}-choices`}>
        {QUICK_REASONS.map((q) => (
          <option key={q} value={q} />
        ))}
      </datalist>
      <button type="submit" disabled={disabled}>
        Snooze {status.snoozeMin} min
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </form>
  )
}
