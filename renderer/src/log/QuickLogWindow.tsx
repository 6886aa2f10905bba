import { useT } from '../i18n/i18n-context'
import { QuickLogPanel } from './QuickLogPanel'
import styles from './log.module.css'

/**
 * What the tray's small "Log tension…" window shows (`#/quick-log`): the rating form alone,
 * without the app's navigation. Closing it closes the window.
 */
export function QuickLogWindow() {
  const t = useT()
  return (
    <main className={styles['quick-log-window']}>
      <h1 className="screen-title">{t.t('log.quick.title')}</h1>
      <QuickLogPanel
        idPrefix="tray"
        onClose={() => window.close()}
        closeLabel={t.t('log.quick.closeWindow')}
      />
    </main>
  )
}
