import type { DesktopState } from '../../../electron/shared/contract/reminders'
import styles from './reminders.module.css'

/**
 * What the desktop around Loosen does not allow, in plain words with the way to fix it. Shown
 * on the Reminders screen for as long as main reports it; nothing when all is well.
 */
export function DesktopNotices({ desktop }: { desktop: DesktopState }) {
  const notices: { key: string; text: string }[] = []
  if (desktop.notifications === 'failed') {
    notices.push({
      key: 'notifications',
      text: 'Your system did not show Loosen’s notification, so Loosen opens its own window for break reminders instead. To get notifications, allow them for Loosen in your system’s notification settings.',
    })
  }
  if (desktop.launchAtLogin === 'requires-approval') {
    notices.push({
      key: 'login',
      text: 'macOS is waiting for your approval to start Loosen at login: open System Settings, General, Login Items, and allow Loosen.',
    })
  }
  if (desktop.tray === 'missing') {
    notices.push({
      key: 'tray',
      text: 'This desktop shows no tray icon for Loosen (GNOME needs the “AppIndicator and KStatusNotifierItem Support” extension), so closing Loosen’s window quits it and break reminders stop until you open it again. Install that extension and restart Loosen to keep it running in the tray.',
    })
  }
  if (notices.length === 0) return null
  return (
    <div className="reminders-desktop-notices">
      {notices.map(({ key, text }) => (
        <p key={key} className={styles['reminders-warning']} data-notice={key}>
          {text}
        </p>
      ))}
    </div>
  )
}
