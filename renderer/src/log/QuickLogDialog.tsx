import { useEffect, useRef } from 'react'
import { QuickLogPanel } from './QuickLogPanel'
import './log.css'

interface QuickLogDialogProps {
  open: boolean
  onClose: () => void
}

/** The quick log over any screen, opened with Alt+L. Escape closes it. */
export function QuickLogDialog({ open, onClose }: QuickLogDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])
  return (
    <dialog
      ref={dialog}
      className="quick-log-dialog"
      aria-labelledby="quick-log-title"
      onClose={onClose}
    >
      <h2 id="quick-log-title">Log tension</h2>
      {open ? <QuickLogPanel idPrefix="quick" onClose={onClose} closeLabel="Close" /> : null}
    </dialog>
  )
}
