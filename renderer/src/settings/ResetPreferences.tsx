import { useState } from 'react'
import { api } from '../api'

/** Puts every preference back to its default, after asking; logged data is never touched. */
export function ResetPreferences({ onDone }: { onDone: (message: string) => void }) {
  const [asking, setAsking] = useState(false)

  async function reset() {
    const result = await api().settings.reset()
    setAsking(false)
    onDone(result.ok ? 'Preferences are back to their defaults.' : result.error.message)
  }

  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
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
      <button type="button" className="primary" onClick={() => void reset()}>
        Reset preferences
      </button>{' '}
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        Keep them
      </button>
    </div>
  )
}
