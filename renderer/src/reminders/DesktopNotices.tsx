import type { DesktopState } from '../../../electron/shared/contract/reminders'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { useT } from '../i18n/i18n-context'
import styles from './reminders.module.css'

/**
 * What the desktop around Loosen does not allow, in plain words with the way to fix it. Shown
 * on the Reminders screen for as long as main reports it; nothing when all is well.
 */
export function DesktopNotices({ desktop }: { desktop: DesktopState }) {
  const { t } = useT()
  const notices: { key: string; text: MessageKey }[] = []
  if (desktop.notifications === 'failed') {
    notices.push({ key: 'notifications', text: 'reminders.desktop.notificationsFailed' })
  }
  if (desktop.launchAtLogin === 'requires-approval') {
    notices.push({ key: 'login', text: 'reminders.desktop.loginApproval' })
  }
  if (desktop.tray === 'missing') {
    notices.push({ key: 'tray', text: 'reminders.desktop.trayMissing' })
  }
  if (notices.length === 0) return null
  return (
    <div className="reminders-desktop-notices">
      {notices.map(({ key, text }) => (
        <p key={key} className={styles['reminders-warning']} data-notice={key}>
          {t(text)}
        </p>
      ))}
    </div>
  )
}
