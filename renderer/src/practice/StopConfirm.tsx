import { formatDuration } from './format'
import { useModalDialog } from '../hooks/use-modal-dialog'
import styles from './practice.module.css'

interface StopConfirmProps {
  open: boolean
  /** Open-ended sessions are finished, not stopped early: saved as done, not partly done. */
  finishing: boolean
  practisedMs: number
  onStop: () => void
  onKeepGoing: () => void
}

/** Asked before ending a session that has run more than a minute. */
export function StopConfirm({
  open,
  finishing,
  practisedMs,
  onStop,
  onKeepGoing,
}: StopConfirmProps) {
  const dialog = useModalDialog(open)

  return (
    <dialog
      ref={dialog}
      className={styles['practice-dialog']}
      aria-labelledby="stop-confirm-title"
      onCancel={(event) => {
        // Escape here means "no, keep going".
        event.preventDefault()
        onKeepGoing()
      }}
    >
      <h2 id="stop-confirm-title">{finishing ? 'Finish this session?' : 'Stop this session?'}</h2>
      <p>
        {finishing
          ? `It will be saved with ${formatDuration(practisedMs)} practised.`
          : `It will be saved as partly done: ${formatDuration(practisedMs)} so far. The time you practised still counts.`}
      </p>
      <div className={styles['practice-actions']}>
        <button type="button" className="primary" autoFocus onClick={onKeepGoing}>
          Keep going
        </button>
        <button type="button" onClick={onStop}>
          {finishing ? 'Finish and save' : 'Stop and save'}
        </button>
      </div>
    </dialog>
  )
}
