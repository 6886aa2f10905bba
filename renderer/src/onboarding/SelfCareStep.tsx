import type { RefObject } from 'react'
import { SafetyNoteText } from '../components/SafetyNoteText'
import styles from './onboarding.module.css'

export function SelfCareStep({ heading }: { heading: RefObject<HTMLHeadingElement | null> }) {
  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="welcome-step-title">
        Looking after yourself
      </h2>
      <p className={styles['lead']}>Please read this once. It is short, and it matters.</p>
      <div className={styles['note']}>
        <SafetyNoteText />
      </div>
    </>
  )
}
