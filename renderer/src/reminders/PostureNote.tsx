import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { useT } from '../i18n/i18n-context'
import { clockTime } from './format'
import styles from './reminders.module.css'

/** Sit/stand mode: the posture Loosen last asked for, and when it will ask for the other. */
export function PostureNote({ status }: { status: ReminderStatus }) {
  const text = useT()
  const { t } = text
  const posture = status.posture
  if (!posture) return null
  const now = t(posture.standing ? 'reminders.posture.standing' : 'reminders.posture.seated')
  const next =
    posture.changeAt === null
      ? t(posture.standing ? 'reminders.posture.waitsSit' : 'reminders.posture.waitsStand')
      : t(posture.standing ? 'reminders.posture.promptSit' : 'reminders.posture.promptStand', {
          time: clockTime(posture.changeAt, text.locale.format),
        })
  return (
    <p className={styles['reminders-hint']}>
      {now} {next}
    </p>
  )
}
