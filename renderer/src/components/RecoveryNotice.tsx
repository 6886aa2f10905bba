import { useEffect, useState } from 'react'
import type { DatabaseRecovery } from '../../../electron/shared/contract/app'
import { api } from '../api'

/** Tells the user, once, that an unreadable data file was set aside and where it is now. */
export function RecoveryNotice() {
  const [recovery, setRecovery] = useState<DatabaseRecovery | null>(null)

  useEffect(() => {
    void api()
      .app.info()
      .then((result) => {
        if (result.ok) setRecovery(result.value.recovery)
      })
  }, [])

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
          setRecovery(null)
        }}
      >
        Dismiss
      </button>
    </div>
  )
}
