import { useCallback, useEffect, useState } from 'react'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import type { ApiError, Result } from '../../../electron/shared/result'
import { api } from '../api'
import { useApiQuery } from '../data/use-api-query'
import { useT } from '../i18n/i18n-context'
import { minutesText } from '../reminders/format'
import { SnoozeControl } from '../reminders/SnoozeControl'
import { limitsText } from '../reminders/StatusPanel'
import { useSettings } from '../settings/settings-context'
import styles from './break.module.css'

/** Main's announcements go to the main window; this window only needs the state it opened with. */
const NO_REFRESH = { refreshOn: [] } as const

/**
 * The gentle break window (`#/break`), one per display. It never takes focus by itself (main
 * shows it inactive) and focuses nothing on load, so a sentence typed elsewhere goes on; once
 * clicked, its buttons work from the keyboard. Whatever is chosen here, in another display's
 * window, the tray or a notification, main closes every break window.
 */
export function BreakWindow() {
  const status = useApiQuery('reminders:state', undefined, NO_REFRESH)
  const [refusal, setRefusal] = useState<ApiError | null>(null)
  const showStatus = status.replace
  const r = api().reminders
  const { settings } = useSettings()
  const translator = useT()
  const { t } = translator

  // The user's theme and motion choice, as in the main window.
  useEffect(() => {
    if (!settings) return
    document.documentElement.dataset['theme'] = settings.theme
    document.documentElement.dataset['reduceMotion'] = settings.reduceMotion
  }, [settings])

  const act = useCallback(
    async (command: () => Promise<Result<ReminderStatus>>) => {
      const result = await command()
      if (result.ok) {
        showStatus(result.value)
        setRefusal(null)
      } else {
        setRefusal(result.error)
      }
    },
    [showStatus],
  )

  const s = status.data
  const sitting = s?.sittingSince != null ? minutesText(s.now - s.sittingSince, translator) : null
  const due = s?.phase === 'due'
  return (
    <main className={styles['break-window']}>
      <h1 className={styles['break-title']}>{t('break.title')}</h1>
      <p>
        {sitting ? `${t('break.sitting', { duration: sitting })} ` : ''}
        {t('break.invitation')}
      </p>
      {s ? (
        <>
          <div className={styles['break-actions']}>
            <button
              type="button"
              className="primary"
              onClick={() => void act(() => r.startMovementBreak())}
            >
              {t('break.start')}
            </button>
            <SnoozeControl status={s} act={act} />
            {s.strict ? null : (
              <button
                type="button"
                disabled={!due || s.skipsLeftToday === 0}
                onClick={() => void act(() => r.skip())}
              >
                {t('break.skip')}
              </button>
            )}
          </div>
          <p className={styles['break-hint']}>{limitsText(s, translator)}</p>
        </>
      ) : null}
      <p role="alert" className="form-error">
        {refusal?.message ?? status.error?.message ?? ''}
      </p>
    </main>
  )
}
