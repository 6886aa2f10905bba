import { useId, useState } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import { useSettings } from '../settings/settings-context'

interface ChoiceProps<K extends keyof Settings> {
  label: string
  setting: K
  options: ReadonlyArray<{ value: Settings[K]; label: string }>
  onChange: (patch: SettingsPatch) => void
  current: Settings[K]
}

function Choice<K extends keyof Settings>({
  label,
  setting,
  options,
  onChange,
  current,
}: ChoiceProps<K>) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(current)}
        onChange={(event) => {
          const option = options.find((o) => String(o.value) === event.target.value)
          if (option) onChange({ [setting]: option.value })
        }}
      >
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

export function SettingsScreen() {
  const { settings, update } = useSettings()
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null)

  if (!settings) return <p>Loading settings…</p>

  async function change(patch: SettingsPatch) {
    const error = await update(patch)
    setStatus(error ? { kind: 'error', text: error.message } : { kind: 'saved', text: 'Saved.' })
  }

  return (
    <section aria-labelledby="settings-title" className="settings">
      <h2 id="settings-title">Appearance</h2>
      <Choice
        label="Theme"
        setting="theme"
        current={settings.theme}
        onChange={(patch) => void change(patch)}
        options={[
          { value: 'system', label: 'Follow the system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
      />
      <Choice
        label="Motion"
        setting="reduceMotion"
        current={settings.reduceMotion}
        onChange={(patch) => void change(patch)}
        options={[
          { value: 'system', label: 'Follow the system' },
          { value: 'always', label: 'Reduce motion' },
          { value: 'never', label: 'Allow motion' },
        ]}
      />
      <Choice
        label="Streaks"
        setting="showStreaks"
        current={settings.showStreaks}
        onChange={(patch) => void change(patch)}
        options={[
          { value: true, label: 'Show streaks' },
          { value: false, label: 'Hide streaks' },
        ]}
      />
      <p className={status?.kind === 'error' ? 'form-error' : 'form-status'} role="status">
        {status?.text ?? ''}
      </p>
    </section>
  )
}
