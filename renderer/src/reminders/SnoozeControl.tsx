import { useId, useState } from 'react'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { POSTPONE_REASON_MAX } from '../../../electron/shared/settings/reminders'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
import type { RemindersView } from './use-reminders'
import styles from './reminders.module.css'

const QUICK_REASONS: readonly MessageKey[] = [
  'reminders.snooze.reason.meeting',
  'reminders.snooze.reason.finishing',
  'reminders.snooze.reason.notUpToIt',
]

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
  const { t } = useT()
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
        {t('reminders.snooze.button', { minutes: status.snoozeMin })}
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
      <label htmlFor={`${id}-reason`}>{t('reminders.snooze.why')}</label>
      <input
        id={`${id}-reason`}
        list={`${id}-choices`}
        maxLength={POSTPONE_REASON_MAX}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <datalist id={`${id}-choices`}>
        {QUICK_REASONS.map((q) => (
          <option key={q} value={t(q)} />
        ))}
      </datalist>
      <button type="submit" disabled={disabled}>
        {t('reminders.snooze.button', { minutes: status.snoozeMin })}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </form>
  )
}
