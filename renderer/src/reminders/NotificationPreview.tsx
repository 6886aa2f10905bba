import { useState } from 'react'
import type { Settings } from '../../../electron/shared/settings/schema'
import { dueNotice } from '../../../electron/shared/reminders/notice-text'
import { api } from '../api'
import styles from './reminders.module.css'

/** What a break reminder will say, and a button to see the real one on this system. */
export function NotificationPreview({
  settings,
  actions,
}: {
  settings: Settings
  actions: boolean
}) {
  const [sent, setSent] = useState<string>('')
  const text = dueNotice(
    settings.remindersIntervalMin * 60_000,
    settings.remindersBreakMin,
    actions,
  )
  return (
    <section aria-labelledby="reminders-preview">
      <h2 id="reminders-preview">Notification preview</h2>
      <figure className={styles['reminders-preview']} aria-label="How a break reminder looks">
        <p className={styles['reminders-preview-app']}>Loosen</p>
        <p className={styles['reminders-preview-title']}>{text.title}</p>
        <p>{text.body}</p>
        {actions ? (
          <p className={styles['reminders-preview-buttons']}>
            <span>Start break</span>
            <span>Snooze</span>
          </p>
        ) : null}
      </figure>
      <button
        type="button"
        onClick={() =>
          void api()
            .reminders.testNotification()
            .then((r) => setSent(r.ok ? 'A test reminder was sent.' : r.error.message))
        }
      >
        Send a test notification
      </button>
      <p className="form-status" role="status">
        {sent}
      </p>
    </section>
  )
}
