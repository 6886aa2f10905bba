import { useEffect, useState } from 'react'
import { api } from '../api'
import { useApiQuery } from '../data/use-api-query'
import { restoreFocus } from '../hooks/restore-focus'

/** Tells the user, once, that an unreadable data file was set aside and where it is now. */
export function RecoveryNotice() {
  const info = useApiQuery('app:info', undefined, { refreshOn: [] })
  const [dismissed, setDismissed] = useState(false)
  const recovery = dismissed ? null : (info.data?.recovery ?? null)
  // Dismiss takes the notice and its button away: the screen's heading takes the focus.
  useEffect(() => {
    if (dismissed) restoreFocus(null)
  }, [dismissed])

  if (!recovery) return null
  return (
    <div className="notice" role="alert">
      <p>
        <strong>Loosen started with fresh data.</strong> {recovery.reason} Your old file was not
        deleted; it was moved to <code>{recovery.movedTo}</code>.
      </p>
      <button
        type="button"
        onClick={() => {
          void api().app.dismissRecoveryNotice()
          setDismissed(true)
        }}
      >
        Dismiss
      </button>
    </div>
  )
}
