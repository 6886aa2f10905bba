import { useState } from 'react'
import { api } from '../api'
import { useApiQuery } from '../data/use-api-query'

/** Tells the user, once, that an unreadable data file was set aside and where it is now. */
export function RecoveryNotice() {
  const info = useApiQuery('app:info', undefined, { refreshOn: [] })
  const [dismissed, setDismissed] = useState(false)
  const recovery = dismissed ? null : (info.data?.recovery ?? null)

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
