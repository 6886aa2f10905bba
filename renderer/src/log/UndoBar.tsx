import type { UndoAction } from './use-undo'
import styles from './log.module.css'

interface UndoBarProps {
  action: UndoAction | null
  status: string | null
  onUndo: () => void
  onDismiss: () => void
}

/** Says what just changed and offers to take it back (also Ctrl+Z). */
export function UndoBar({ action, status, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div className={styles['undo-bar']} role="status" aria-live="polite">
      {action ? (
        <>
          <span>{action.message}</span>
          <button type="button" onClick={onUndo} aria-keyshortcuts="Control+Z">
            Undo
          </button>
          <button type="button" onClick={onDismiss} aria-label="Dismiss">
            ×
          </button>
        </>
      ) : (
        <span>{status ?? ''}</span>
      )}
    </div>
  )
}
