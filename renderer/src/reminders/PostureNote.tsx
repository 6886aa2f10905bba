import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { clockTime } from './format'
import styles from './reminders.module.css'

/** Sit/stand mode: the posture Loosen last asked for, and when it will ask for the other. */
export function PostureNote({ status }: { status: ReminderStatus }) {
  const posture = status.posture
  if (!posture) return null
  const next = posture.standing ? 'sit down' : 'stand up'
  return (
    <p className={styles['reminders-hint']}>
      Standing desk: {posture.standing ? 'working standing' : 'working seated'} for now.{' '}
      {posture.changeAt === null
        ? `The clock to ${next} waits while you are away.`
        : `Loosen will prompt you to ${next} at ${clockTime(posture.changeAt)}.`}
    </p>
  )
}
