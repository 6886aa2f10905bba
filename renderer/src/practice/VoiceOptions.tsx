import { useEffect, useId, useState } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import { useT } from '../i18n/i18n-context'
import {
  hasVoiceFor,
  localVoices,
  onVoicesChanged,
  resolveVoice,
  speak,
  stopSpeaking,
  voiceMissing,
} from './speech'
import styles from './practice.module.css'

const OFF = 'off'
const DEFAULT = 'default'
const VOICE = 'voice:'

interface Props {
  settings: Settings
  save: (patch: SettingsPatch) => void
}

/**
 * "Read the guidance aloud": off, or one of this computer's own voices, with a preview. Voices
 * for the app's language come first; with none, it says so, and sessions keep to their bells.
 */
export function VoiceOptions({ settings, save }: Props) {
  const id = useId()
  const { t, locale } = useT()
  const language = locale.messages
  // Read afresh each render (the list is short); a late-arriving list re-renders through this.
  const [, setVoicesSeen] = useState(0)
  const voices = localVoices(language)
  const [previewing, setPreviewing] = useState(false)
  useEffect(() => onVoicesChanged(() => setVoicesSeen((n) => n + 1)), [])
  // A preview still talking when the options close would go on speaking over the next screen;
  // only a running preview is stopped, never a session's guidance that has just begun.
  useEffect(() => (previewing ? () => stopSpeaking() : undefined), [previewing])

  const none = voices.length === 0
  const chosen = settings.practiceVoice
  const missing = voiceMissing(chosen)
  const noneInLanguage = !none && !hasVoiceFor(language)
  const value =
    !settings.practiceSpeech || none
      ? OFF
      : chosen === '' || missing
        ? DEFAULT
        : `${VOICE}${chosen}`
  const fallback = resolveVoice('', language)

  const choose = (next: string) => {
    if (previewing) stopPreview()
    if (next === OFF) save({ practiceSpeech: false })
    else if (next === DEFAULT) save({ practiceSpeech: true, practiceVoice: '' })
    else save({ practiceSpeech: true, practiceVoice: next.slice(VOICE.length) })
  }
  const stopPreview = () => {
    stopSpeaking()
    setPreviewing(false)
  }
  const preview = () => {
    if (previewing) return stopPreview()
    setPreviewing(true)
    speak(t('practice.voice.previewText'), value === OFF || value === DEFAULT ? '' : chosen, {
      language,
      onEnd: () => setPreviewing(false),
    })
  }

  return (
    <div className={styles['range']}>
      <label htmlFor={`${id}-voice`}>{t('practice.voice.label')}</label>
      <div className={styles['choice-row']}>
        <select
          id={`${id}-voice`}
          value={value}
          disabled={none}
          aria-describedby={none || missing || noneInLanguage ? `${id}-note` : undefined}
          onChange={(event) => choose(event.target.value)}
        >
          <option value={OFF}>{t('practice.voice.off')}</option>
          <option value={DEFAULT}>
            {fallback
              ? t('practice.voice.defaultNamed', { name: fallback.name })
              : t('practice.voice.default')}
          </option>
          {voices.map((voice) => (
            <option key={voice.voiceURI} value={`${VOICE}${voice.voiceURI}`}>
              {t('practice.voice.option', { name: voice.name, lang: voice.lang })}
            </option>
          ))}
        </select>
        <button type="button" disabled={none} aria-pressed={previewing} onClick={preview}>
          {previewing ? t('practice.voice.stopPreview') : t('practice.voice.preview')}
        </button>
      </div>
      {none ? (
        <p id={`${id}-note`} className={styles['hint']}>
          {t('practice.voice.none')}
        </p>
      ) : missing && settings.practiceSpeech ? (
        <p id={`${id}-note`} className={styles['hint']}>
          {t('practice.voice.missing')}
        </p>
      ) : noneInLanguage ? (
        <p id={`${id}-note`} className={styles['hint']}>
          {t('practice.voice.noneInLanguage', { language: t('language.name') })}
        </p>
      ) : null}
    </div>
  )
}
