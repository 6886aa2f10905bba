import { useState } from 'react'
import { useSettings } from '../settings/settings-context'
import { SafetyNoteText } from './SafetyNoteText'
import { useModalDialog } from '../hooks/use-modal-dialog'

/** Shown once, until the user confirms they have read it; the answer is kept in settings. */
export function FirstRunNote() {
  const { settings, update } = useSettings()
  const [error, setError] = useState<string | null>(null)
  const open = settings !== null && !settings.firstRunAcknowledged
  const dialog = useModalDialog(open)

  async function acknowledge() {
    const failure = await update({ firstRunAcknowledged: true })
    setError(failure ? failure.message : null)
  }

  return (
    <dialog
      ref={dialog}
      className="first-run"
      aria-labelledby="first-run-title"
      // Escape must not dismiss it unread; the button is the only way on.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="first-run-title">Before you start</h2>
      <SafetyNoteText />
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <button type="button" className="primary" autoFocus onClick={() => void acknowledge()}>
        I understand
      </button>
    </dialog>
  )
}
