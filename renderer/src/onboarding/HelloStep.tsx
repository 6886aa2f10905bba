import type { RefObject } from 'react'
import { useT } from '../i18n/i18n-context'
import styles from './onboarding.module.css'

export function HelloStep({ heading }: { heading: RefObject<HTMLHeadingElement | null> }) {
  const t = useT()
  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="welcome-step-title">
        {t.t('onboarding.hello.heading')}
      </h2>
      <p className={styles['lead']}>{t.t('onboarding.hello.lead')}</p>
      <ul className={styles['jobs']}>
        <li>
          <strong>{t.t('onboarding.hello.practice.title')}</strong>
          <span>{t.t('onboarding.hello.practice.text')}</span>
        </li>
        <li>
          <strong>{t.t('onboarding.hello.reminders.title')}</strong>
          <span>{t.t('onboarding.hello.reminders.text')}</span>
        </li>
        <li>
          <strong>{t.t('onboarding.hello.log.title')}</strong>
          <span>{t.t('onboarding.hello.log.text')}</span>
        </li>
      </ul>
      <p className={styles['hint']}>{t.t('onboarding.hello.hint')}</p>
    </>
  )
}
