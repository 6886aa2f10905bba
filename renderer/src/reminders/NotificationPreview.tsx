import { useState } from 'react'
import type { Settings } from '../../../electron/shared/settings/schema'
import { dueNotice } from '../../../electron/shared/reminders/notice-text'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
import styles from './reminders.module.css'

/** What a break reminder will say, and a button to see the real one on this system. */
export function NotificationPreview({
  settings,
  actions,
}: {
  settings: Settings
  actions: boolean
}) {
  const translator = useT()
  const { t } = translator
  const [sent, setSent] = useState<string>('')
  // The same words main puts on the notification, in the page's language.
  const text = dueNotice(
    settings.remindersIntervalMin * 60_000,
    settings.remindersBreakMin,
    actions,
    translator,
  )
  return (
    <section aria-labelledby="reminders-preview">
      <h2 id="reminders-preview">{t('reminders.preview.heading')}</h2>
      <figure
        className={styles['reminders-preview']}
        aria-label={t('reminders.preview.figureLabel')}
      >
        <p className={styles['reminders-preview-app']}>{t('reminders.preview.app')}</p>
        <p className={styles['reminders-preview-title']}>{text.title}</p>
        <p>{text.body}</p>
        {actions ? (
          <p className={styles['reminders-preview-buttons']}>
            <span>{t('reminders.preview.startBreak')}</span>
            <span>{t('reminders.preview.snooze')}</span>
          </p>
        ) : null}
      </figure>
      <button
        type="button"
        onClick={() =>
          void api()
            .reminders.testNotification()
            .then((r) => setSent(r.ok ? t('reminders.preview.sent') : r.error.message))
        }
      >
        {t('reminders.preview.send')}
      </button>
      <p className="form-status" role="status">
        {sent}
      </p>
    </section>
  )
}
