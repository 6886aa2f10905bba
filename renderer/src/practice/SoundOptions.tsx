import { useState } from 'react'
import { VOLUME_MAX, VOLUME_MIN } from '../../../electron/shared/settings/practice'
import { useSettings } from '../settings/settings-context'
import { useT } from '../i18n/i18n-context'
import { VoiceOptions } from './VoiceOptions'
import { cx } from '../styles/cx'
import styles from './practice.module.css'

/** Sound choices, saved as settings so they hold for every session. */
export function SoundOptions() {
  const { settings, update } = useSettings()
  const { t } = useT()
  const [error, setError] = useState<string | null>(null)
  if (!settings) return null

  const save = (patch: Parameters<typeof update>[0]) => {
    void update(patch).then((failure) => setError(failure ? failure.message : null))
  }

  return (
    <fieldset className={cx(styles['practice-options'], 'sound-options')}>
      <legend>{t('practice.sound.legend')}</legend>
      <label className={styles['check']}>
        <input
          type="checkbox"
          checked={settings.practiceMuted}
          onChange={(event) => save({ practiceMuted: event.target.checked })}
        />
        {t('practice.sound.mute')}
      </label>
      <label className={styles['range']}>
        {t('practice.sound.bellVolume')}
        <input
          type="range"
          min={VOLUME_MIN}
          max={VOLUME_MAX}
          step={0.05}
          value={settings.practiceBellVolume}
          disabled={settings.practiceMuted}
          onChange={(event) => save({ practiceBellVolume: Number(event.target.value) })}
        />
      </label>
      <label className={styles['check']}>
        <input
          type="checkbox"
          checked={settings.practiceBreathCues}
          onChange={(event) => save({ practiceBreathCues: event.target.checked })}
        />
        {t('practice.sound.breathCues')}
      </label>
      <label className={styles['range']}>
        {t('practice.sound.cueVolume')}
        <input
          type="range"
          min={VOLUME_MIN}
          max={VOLUME_MAX}
          step={0.05}
          value={settings.practiceCueVolume}
          disabled={settings.practiceMuted || !settings.practiceBreathCues}
          onChange={(event) => save({ practiceCueVolume: Number(event.target.value) })}
        />
      </label>
      <VoiceOptions settings={settings} save={save} />
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
