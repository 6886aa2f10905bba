import { useEffect, useState } from 'react'
import type { TransferStatus } from '../../../electron/shared/contract/transfer'
import { api } from '../api'

/** How often the panel asks main how far an import or export has got. */
export const PROGRESS_POLL_MS = 250

const PHASE_LABELS: Record<NonNullable<TransferStatus['progress']>['phase'], string> = {
  reading: 'Reading the file…',
  checking: 'Checking records',
  writing: 'Saving records',
  exporting: 'Collecting everything to export…',
}

/**
 * A progress bar with Cancel while an import or export runs in main's worker (mounted only
 * then); it asks main for the progress every quarter second (main sends no events for it).
 */
export function TransferProgress({ label }: { label: string }) {
  const [status, setStatus] = useState<TransferStatus | null>(null)
  useEffect(() => {
    let live = true
    const timer = setInterval(() => {
      void api()
        .log.transferStatus()
        .then((result) => {
          if (live && result.ok) setStatus(result.value)
        })
    }, PROGRESS_POLL_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [])
  const progress = status?.progress ?? null
  const counted = progress !== null && progress.total > 0
  return (
    <div className="transfer-progress" role="group" aria-label={label}>
      <p>
        {progress ? PHASE_LABELS[progress.phase] : label}
        {counted ? ` ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}` : ''}
      </p>
      <progress
        aria-label={label}
        max={counted ? progress.total : undefined}
        value={counted ? progress.done : undefined}
      />
      <button
        type="button"
        disabled={status?.cancelling === true}
        onClick={() => void api().log.cancelTransfer()}
      >
        {status?.cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  )
}
