import { useEffect, useState, type RefObject } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { useT } from '../i18n/i18n-context'
import type { StepCommit } from './steps'
import styles from './onboarding.module.css'

type Style = Settings['remindersStyle']

const OPTIONS: readonly { value: Style; label: MessageKey; detail: MessageKey }[] = [
  {
    value: 'notification',
    label: 'onboarding.style.notification.label',
    detail: 'onboarding.style.notification.detail',
  },
  {
    value: 'window',
    label: 'onboarding.style.window.label',
    detail: 'onboarding.style.window.detail',
  },
  {
    value: 'window-only',
    label: 'onboarding.style.windowOnly.label',
    detail: 'onboarding.style.windowOnly.detail',
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
  const t = useT()

  useEffect(() => {
    setCommit(async () =>
      style === settings.remindersStyle ? null : save({ remindersStyle: style }),
    )
    return () => setCommit(null)
  }, [style, settings.remindersStyle, save, setCommit])

  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="welcome-step-title">
        {t.t('onboarding.style.heading')}
      </h2>
      <fieldset className={styles['choices']}>
        <legend className="visually-hidden">{t.t('onboarding.style.legend')}</legend>
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
              <strong>{t.t(option.label)}</strong>
              <span className={styles['hint']}>{t.t(option.detail)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </>
  )
}
