import { useEffect, useState, type RefObject } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import type { StepCommit } from './steps'
import styles from './onboarding.module.css'

type Style = Settings['remindersStyle']

const OPTIONS: readonly { value: Style; label: string; detail: string }[] = [
  {
    value: 'notification',
    label: 'A desktop notification',
    detail: 'Small and easy to let pass.',
  },
  {
    value: 'window',
    label: 'A notification and a gentle break window',
    detail: 'Harder to miss; it never takes the keyboard from what you are typing.',
  },
  {
    value: 'window-only',
    label: 'Only the gentle break window',
    detail: 'For desktops where notifications are hidden.',
  },
]

interface StyleStepProps {
  heading: RefObject<HTMLHeadingElement | null>
  settings: Settings
  save: (patch: SettingsPatch) => Promise<string | null>
  setCommit: (commit: StepCommit | null) => void
}

export function StyleStep({ heading, settings, save, setCommit }: StyleStepProps) {
  const [style, setStyle] = useState<Style>(settings.remindersStyle)

  useEffect(() => {
    setCommit(async () =>
      style === settings.remindersStyle ? null : save({ remindersStyle: style }),
    )
    return () => setCommit(null)
  }, [style, settings.remindersStyle, save, setCommit])

  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="welcome-step-title">
        How should a break reach you?
      </h2>
      <fieldset className={styles['choices']}>
        <legend className="visually-hidden">Reminder style</legend>
        {OPTIONS.map((option) => (
          <label key={option.value} className={styles['choice']}>
            <input
              type="radio"
              name="welcome-style"
              value={option.value}
              checked={style === option.value}
              onChange={() => setStyle(option.value)}
            />
            <span>
              <strong>{option.label}</strong>
              <span className={styles['hint']}>{option.detail}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </>
  )
}
