import { useState } from 'react'
import type { SettingsPatch } from '../../../electron/shared/settings/schema'
import type { ScreenProps } from '../app/screens'
import { useRich, useT } from '../i18n/i18n-context'
import { SoundOptions } from '../practice/SoundOptions'
import { WeeklyTargetField } from '../practice/WeeklyTargetField'
import { ChoiceField } from '../settings/ChoiceField'
import { LanguageField } from '../settings/LanguageField'
import { ResetPreferences } from '../settings/ResetPreferences'
import { useSettings } from '../settings/settings-context'

/** "Saved." is worded when shown, so it reads in a language chosen a moment ago. */
type Status = { kind: 'saved' } | { kind: 'note' | 'error'; text: string }

export function SettingsScreen({ navigate }: ScreenProps) {
  const { t } = useT()
  const rich = useRich()
  const { settings, update } = useSettings()
  const [status, setStatus] = useState<Status | null>(null)

  if (!settings) return <p>{t('settings.loading')}</p>

  function change(patch: SettingsPatch) {
    void update(patch).then((error) =>
      setStatus(error ? { kind: 'error', text: error.message } : { kind: 'saved' }),
    )
  }

  return (
    <div className="settings">
      <section aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{t('settings.appearance.heading')}</h2>
        <LanguageField current={settings.language} onChange={change} />
        <ChoiceField
          label={t('settings.theme.label')}
          setting="theme"
          current={settings.theme}
          onChange={change}
          options={[
            { value: 'system', label: t('settings.theme.system') },
            { value: 'light', label: t('settings.theme.light') },
            { value: 'dark', label: t('settings.theme.dark') },
          ]}
        />
        <ChoiceField
          label={t('settings.motion.label')}
          setting="reduceMotion"
          current={settings.reduceMotion}
          onChange={change}
          options={[
            { value: 'system', label: t('settings.motion.system') },
            { value: 'always', label: t('settings.motion.always') },
            { value: 'never', label: t('settings.motion.never') },
          ]}
        />
      </section>
      <section aria-labelledby="settings-practice">
        <h2 id="settings-practice">{t('settings.practice.heading')}</h2>
        <WeeklyTargetField current={settings.practiceWeeklyTarget} onChange={change} />
        <ChoiceField
          label={t('settings.streaks.label')}
          setting="showStreaks"
          current={settings.showStreaks}
          onChange={change}
          options={[
            { value: true, label: t('settings.streaks.show') },
            { value: false, label: t('settings.streaks.hide') },
          ]}
        />
        <ChoiceField
          label={t('settings.ratings.label')}
          setting="practiceAskRatings"
          current={settings.practiceAskRatings}
          onChange={change}
          options={[
            { value: true, label: t('settings.ratings.ask') },
            { value: false, label: t('settings.ratings.dontAsk') },
          ]}
        />
        <SoundOptions />
      </section>
      <section aria-labelledby="settings-more">
        <h2 id="settings-more">{t('settings.more.heading')}</h2>
        <p>
          {rich('settings.more.text', {
            reminders: (chunks) => (
              <a href="#/reminders" onClick={() => navigate('reminders')}>
                {chunks}
              </a>
            ),
            log: (chunks) => (
              <a href="#/log" onClick={() => navigate('log')}>
                {chunks}
              </a>
            ),
          })}
        </p>
        <ResetPreferences onDone={(text) => setStatus({ kind: 'note', text })} />
      </section>
      <p className={status?.kind === 'error' ? 'form-error' : 'form-status'} role="status">
        {status === null ? '' : status.kind === 'saved' ? t('settings.saved') : status.text}
      </p>
    </div>
  )
}
