import { useEffect, useState } from 'react'
import type { TransferStatus } from '../../../electron/shared/contract/transfer'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'

/** How often the panel asks main how far an import or export has got. */
export const PROGRESS_POLL_MS = 250

const PHASE_LABELS: Record<NonNullable<TransferStatus['progress']>['phase'], MessageKey> = {
  reading: 'log.transfer.phase.reading',
  checking: 'log.transfer.phase.checking',
  writing: 'log.transfer.phase.writing',
  exporting: 'log.transfer.phase.exporting',
}

/**
 * A progress bar with Cancel while an import or export runs in main's worker (mounted only
 * then); it asks main for the progress every quarter second (main sends no events for it).
 */
export function TransferProgress({ label }: { label: string }) {
  const [status, setStatus] = useState<TransferStatus | null>(null)
  const t = useT()
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
        {progress ? t.t(PHASE_LABELS[progress.phase]) : label}
        {counted
          ? ` ${t.t('log.transfer.progress', { done: progress.done, total: progress.total })}`
          : ''}
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
        {status?.cancelling ? t.t('log.transfer.cancelling') : t.t('common.cancel')}
      </button>
    </div>
  )
}
