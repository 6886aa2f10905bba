import { useState } from 'react'
import type { SettingsPatch } from '../../../electron/shared/settings/schema'
import type { ScreenProps } from '../app/screens'
import { SoundOptions } from '../practice/SoundOptions'
import { WeeklyTargetField } from '../practice/WeeklyTargetField'
import { ChoiceField } from '../settings/ChoiceField'
import { ResetPreferences } from '../settings/ResetPreferences'
import { useSettings } from '../settings/settings-context'

export function SettingsScreen({ navigate }: ScreenProps) {
  const { settings, update } = useSettings()
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null)

  if (!settings) return <p>Loading settings…</p>

  function change(patch: SettingsPatch) {
    void update(patch).then((error) =>
      setStatus(error ? { kind: 'error', text: error.message } : { kind: 'saved', text: 'Saved.' }),
    )
  }

  return (
    <div className="settings">
      <section aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">Appearance</h2>
        <ChoiceField
          label="Theme"
          setting="theme"
          current={settings.theme}
          onChange={change}
          options={[
            { value: 'system', label: 'Follow the system' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
        />
        <ChoiceField
          label="Motion"
          setting="reduceMotion"
          current={settings.reduceMotion}
          onChange={change}
          options={[
            { value: 'system', label: 'Follow the system' },
            { value: 'always', label: 'Reduce motion (a gentle count instead of the pacer)' },
            { value: 'never', label: 'Allow motion' },
          ]}
        />
      </section>
      <section aria-labelledby="settings-practice">
        <h2 id="settings-practice">Practice</h2>
        <WeeklyTargetField current={settings.practiceWeeklyTarget} onChange={change} />
        <ChoiceField
          label="Streaks"
          setting="showStreaks"
          current={settings.showStreaks}
          onChange={change}
          options={[
            { value: true, label: 'Show days in a row' },
            { value: false, label: 'Hide streaks' },
          ]}
        />
        <ChoiceField
          label="Self-ratings around a practice"
          setting="practiceAskRatings"
          current={settings.practiceAskRatings}
          onChange={change}
          options={[
            { value: true, label: 'Ask before and after (always skippable)' },
            { value: false, label: "Don't ask" },
          ]}
        />
        <SoundOptions />
      </section>
      <section aria-labelledby="settings-more">
        <h2 id="settings-more">Reminders and data</h2>
        <p>
          Break reminders, working hours and daily practice times are set on the{' '}
          <a href="#/reminders" onClick={() => navigate('reminders')}>
            Reminders
          </a>{' '}
          screen. Export and import of your history are on the{' '}
          <a href="#/log" onClick={() => navigate('log')}>
            Log
          </a>{' '}
          screen.
        </p>
        <ResetPreferences onDone={(text) => setStatus({ kind: 'saved', text })} />
      </section>
      <p className={status?.kind === 'error' ? 'form-error' : 'form-status'} role="status">
        {status?.text ?? ''}
      </p>
    </div>
  )
}
