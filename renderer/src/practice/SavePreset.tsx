import { useState } from 'react'
import {
  CUSTOM_NAME_MAX,
  type CustomTimerBody,
} from '../../../electron/shared/practice/custom-schema'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
import type { PracticeEntry } from './session-plan'

/** Keeps the current timer choices as a named preset, or updates the preset being used. */
export function SavePreset({ entry, body }: { entry: PracticeEntry; body: CustomTimerBody }) {
  const { t } = useT()
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
        ? { text: t('practice.preset.saved', { name: result.value.name }), error: false }
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
        {existing ? t('practice.preset.name') : t('practice.preset.saveAs')}
        <input
          value={name}
          maxLength={CUSTOM_NAME_MAX}
          placeholder={t('practice.preset.placeholder')}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <button type="submit">
        {existing ? t('practice.preset.saveChanges') : t('practice.preset.save')}
      </button>
      <p
        role={message?.error ? 'alert' : 'status'}
        className={message?.error ? 'form-error' : 'form-status'}
      >
        {message?.text ?? ''}
      </p>
    </form>
  )
}
