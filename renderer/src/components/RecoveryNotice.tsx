import { useEffect, useState, type ReactNode } from 'react'
import { api } from '../api'
import { useApiQuery } from '../data/use-api-query'
import { restoreFocus } from '../hooks/restore-focus'
import { useT, useRich } from '../i18n/i18n-context'

/** Tells the user, once, that an unreadable data file was set aside and where it is now. */
export function RecoveryNotice() {
  const info = useApiQuery('app:info', undefined, { refreshOn: [] })
  const [dismissed, setDismissed] = useState(false)
  const { t } = useT()
  const rich = useRich()
  const recovery = dismissed ? null : (info.data?.recovery ?? null)
  // Dismiss takes the notice and its button away: the screen's heading takes the focus.
  useEffect(() => {
    if (dismissed) restoreFocus(null)
  }, [dismissed])

  if (!recovery) return null
  return (
    <div className="notice" role="alert">
      <p>
        {rich('components.recovery.text', {
          reason: recovery.reason,
          movedTo: recovery.movedTo,
          strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
          code: (chunks: ReactNode[]) => <code>{chunks}</code>,
        })}
      </p>
      <button
        type="button"
        onClick={() => {
          void api().app.dismissRecoveryNotice()
          setDismissed(true)
        }}
      >
        {t('components.recovery.dismiss')}
      </button>
    </div>
  )
}
