import type { RefObject } from 'react'
import { SafetyNoteText } from '../components/SafetyNoteText'
import { useT } from '../i18n/i18n-context'
import styles from './onboarding.module.css'

export function SelfCareStep({ heading }: { heading: RefObject<HTMLHeadingElement | null> }) {
  const t = useT()
  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="welcome-step-title">
        {t.t('onboarding.selfCare.heading')}
      </h2>
      <p className={styles['lead']}>{t.t('onboarding.selfCare.lead')}</p>
      <div className={styles['note']}>
        <SafetyNoteText />
      </div>
    </>
  )
}
