import { useEffect, useId, useState } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import {
  PREVIEW_TEXT,
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

/** "Read the guidance aloud": off, or one of this computer's own voices, with a preview. */
export function VoiceOptions({ settings, save }: Props) {
  const id = useId()
  const [voices, setVoices] = useState(() => localVoices())
  const [previewing, setPreviewing] = useState(false)
  useEffect(() => onVoicesChanged(() => setVoices(localVoices())), [])
  // A preview still talking when the options close would go on speaking over the next screen;
  // only a running preview is stopped, never a session's guidance that has just begun.
  useEffect(() => (previewing ? () => stopSpeaking() : undefined), [previewing])

  const none = voices.length === 0
  const chosen = settings.practiceVoice
  const missing = voiceMissing(chosen)
  const value =
    !settings.practiceSpeech || none
      ? OFF
      : chosen === '' || missing
        ? DEFAULT
        : `${VOICE}${chosen}`
  const fallback = resolveVoice('')

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
    speak(PREVIEW_TEXT, value === OFF || value === DEFAULT ? '' : chosen, () =>
      setPreviewing(false),
    )
  }

  return (
    <div className={styles['range']}>
      <label htmlFor={`${id}-voice`}>Read the guidance aloud</label>
      <div className={styles['choice-row']}>
        <select
          id={`${id}-voice`}
          value={value}
          disabled={none}
          aria-describedby={none || missing ? `${id}-note` : undefined}
          onChange={(event) => choose(event.target.value)}
        >
          <option value={OFF}>Off</option>
          <option value={DEFAULT}>Default voice{fallback ? ` (${fallback.name})` : ''}</option>
          {voices.map((voice) => (
            <option key={voice.voiceURI} value={`${VOICE}${voice.voiceURI}`}>
              {voice.name} ({voice.lang})
            </option>
          ))}
        </select>
        <button type="button" disabled={none} aria-pressed={previewing} onClick={preview}>
          {previewing ? 'Stop preview' : 'Preview voice'}
        </button>
      </div>
      {none ? (
        <p id={`${id}-note`} className={styles['hint']}>
          No voices are installed on this computer, so the guidance cannot be read aloud.
        </p>
      ) : missing && settings.practiceSpeech ? (
        <p id={`${id}-note`} className={styles['hint']}>
          The voice you chose is no longer installed; the default voice reads instead.
        </p>
      ) : null}
    </div>
  )
}
