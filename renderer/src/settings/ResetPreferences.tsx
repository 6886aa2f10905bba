import { useState } from 'react'
import { api } from '../api'

/** Puts every preference back to its default, after asking; logged data is never touched. */
export function ResetPreferences({ onDone }: { onDone: (message: string) => void }) {
  const [asking, setAsking] = useState(false)
  // Once the question closes, its opener takes the focus back (not the bare page).
  const [answered, setAnswered] = useState(false)

  function close() {
    setAsking(false)
    setAnswered(true)
  }

  async function reset() {
    const result = await api().settings.reset()
    close()
    onDone(result.ok ? 'Preferences are back to their defaults.' : result.error.message)
  }

  if (!asking) {
    return (
      <button
        type="button"
        ref={(button) => {
          if (button && answered) button.focus()
        }}
        onClick={() => {
          setAnswered(false)
          setAsking(true)
        }}
      >
        Reset preferences…
      </button>
    )
  }
  return (
    <div role="group" aria-label="Confirm reset" className="confirm-row">
      <p>
        Reset every preference, including reminder times and sounds? Your ratings, sessions, breaks
        and your own tags stay as they are.
      </p>
      <div className="button-row">
        {/* The safe answer is the default one; resetting is a deliberate, danger-styled act. */}
        <button type="button" autoFocus onClick={close}>
          Keep them
        </button>
        <button type="button" className="danger" onClick={() => void reset()}>
          Reset preferences
        </button>
      </div>
    </div>
  )
}
