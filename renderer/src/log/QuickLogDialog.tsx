import { QuickLogPanel } from './QuickLogPanel'
import { useModalDialog } from '../hooks/use-modal-dialog'
import { useT } from '../i18n/i18n-context'
import styles from './log.module.css'

interface QuickLogDialogProps {
  open: boolean
  onClose: () => void
}

/** The quick log over any screen, opened with Alt+L. Escape closes it. */
export function QuickLogDialog({ open, onClose }: QuickLogDialogProps) {
  const dialog = useModalDialog(open)
  const t = useT()
  return (
    <dialog
      ref={dialog}
      className={styles['quick-log-dialog']}
      aria-labelledby="quick-log-title"
      onClose={onClose}
    >
      <h2 id="quick-log-title">{t.t('log.quick.title')}</h2>
      {open ? (
        <QuickLogPanel idPrefix="quick" onClose={onClose} closeLabel={t.t('common.close')} />
      ) : null}
    </dialog>
  )
}
