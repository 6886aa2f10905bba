import { useState } from 'react'
import {
  CUSTOM_NAME_MAX,
  type CustomTimerBody,
} from '../../../electron/shared/practice/custom-schema'
import { api } from '../api'
import type { PracticeEntry } from './session-plan'

/** Keeps the current timer choices as a named preset, or updates the preset being used. */
export function SavePreset({ entry, body }: { entry: PracticeEntry; body: CustomTimerBody }) {
  const existing = entry.custom?.kind === 'timer' ? entry.custom : null
  const [name, setName] = useState(existing?.name ?? '')
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const save = async () => {
    const result = await api().practice.saveCustom({
      ...(existing ? { id: existing.id } : {}),
      kind: 'timer',
      name,
      body,
    })
    setMessage(
      result.ok
        ? { text: `Saved “${result.value.name}” with your presets.`, error: false }
        : { text: result.error.message, error: true },
    )
  }

  return (
    <form
      className="save-preset"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <label className="field">
        {existing ? 'Preset name' : 'Save these choices as a preset'}
        <input
          value={name}
          maxLength={CUSTOM_NAME_MAX}
          placeholder="e.g. Morning sit"
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <button type="submit">{existing ? 'Save changes' : 'Save preset'}</button>
      <p
        role={message?.error ? 'alert' : 'status'}
        className={message?.error ? 'form-error' : 'form-status'}
      >
        {message?.text ?? ''}
      </p>
    </form>
  )
}
