import type { RefObject } from 'react'
import styles from './onboarding.module.css'

export function HelloStep({ heading }: { heading: RefObject<HTMLHeadingElement | null> }) {
  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="welcome-step-title">
        Welcome to Loosen
      </h2>
      <p className={styles['lead']}>
        A quiet companion for hips and a pelvis that tighten with stress and long days at a desk. It
        helps in three ways:
      </p>
      <ul className={styles['jobs']}>
        <li>
          <strong>Guided practice</strong>
          <span>
            Short body scans, slow breathing and gentle movement, with a bell to keep time.
          </span>
        </li>
        <li>
          <strong>Break reminders</strong>
          <span>A nudge to get up after a long stretch of sitting at the computer.</span>
        </li>
        <li>
          <strong>A tension log</strong>
          <span>A 0–10 self-rating in a few keystrokes, so you can notice what helps you.</span>
        </li>
      </ul>
      <p className={styles['hint']}>
        A few short steps set things up. Skip any of them: everything can be changed later.
      </p>
    </>
  )
}
