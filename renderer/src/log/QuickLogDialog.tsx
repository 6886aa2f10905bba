import { QuickLogPanel } from './QuickLogPanel'
import { useModalDialog } from '../hooks/use-modal-dialog'
import styles from './log.module.css'

interface QuickLogDialogProps {
  open: boolean
  onClose: () => void
}

/** The quick log over any screen, opened with Alt+L. Escape closes it. */
export function QuickLogDialog({ open, onClose }: QuickLogDialogProps) {
  const dialog = useModalDialog(open)
  return (
    <dialog
      ref={dialog}
      className={styles['quick-log-dialog']}
      aria-labelledby="quick-log-title"
      onClose={onClose}
    >
      <h2 id="quick-log-title">Log tension</h2>
      {open ? <QuickLogPanel idPrefix="quick" onClose={onClose} closeLabel="Close" /> : null}
    </dialog>
  )
}
