import type { RefObject } from 'react'
import { useT } from '../i18n/i18n-context'
import { QuickLogPanel } from '../log/QuickLogPanel'
import styles from './onboarding.module.css'

/** The first check-in, through the same quick log as Alt+L. Entirely optional. */
export function CheckinStep({
  heading,
  onFinish,
}: {
  heading: RefObject<HTMLHeadingElement | null>
  onFinish: () => void
}) {
  const t = useT()
  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="welcome-step-title">
        {t.t('onboarding.checkin.heading')}
      </h2>
      <p className={styles['lead']}>{t.t('onboarding.checkin.lead')}</p>
      <QuickLogPanel
        idPrefix="welcome"
        onClose={onFinish}
        closeLabel={t.t('onboarding.checkin.goToToday')}
      />
    </>
  )
}
