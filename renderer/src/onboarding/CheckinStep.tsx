import type { RefObject } from 'react'
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
  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="welcome-step-title">
        A first check-in
      </h2>
      <p className={styles['lead']}>
        If you like, note how your hips feel right now. It is your own self-rating, not a
        measurement, and it gives Today something to compare with later.
      </p>
      <QuickLogPanel idPrefix="welcome" onClose={onFinish} closeLabel="Go to Today" />
    </>
  )
}
