import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { clockTime, minutesText, whenText } from '../reminders/format'
import { sittingMs } from './use-today'
import styles from './today.module.css'

function breakLine(s: ReminderStatus): string {
  switch (s.phase) {
    case 'sitting':
      return s.nextBreakAt === null
        ? 'Counting your sitting time.'
        : `Next break at ${clockTime(s.nextBreakAt)}, in ${minutesText(s.nextBreakAt - s.now)}.`
    case 'due':
      return 'A break is due now. A minute away from the screen is enough.'
    case 'away':
    case 'break':
      return 'You are on a break. Sitting time starts again when you are back.'
    case 'paused':
      return s.pausedIndefinitely || s.pausedUntil === null
        ? 'Break reminders are paused.'
        : `Break reminders are paused until ${whenText(s.pausedUntil, s.now)}.`
    case 'off-hours':
      return s.offHoursUntil === null
        ? 'Outside your working hours, so no reminders now.'
        : `Outside your working hours. Reminders start again ${whenText(s.offHoursUntil, s.now)}.`
    case 'disabled':
      return 'Break reminders are off. You can turn them on under Reminders.'
  }
}

export function NextBreakCard({ status }: { status: ReminderStatus | null }) {
  const sitting = status ? sittingMs(status) : null
  return (
    <section className="card" aria-labelledby="today-break">
      <h2 id="today-break">Breaks</h2>
      {status ? (
        <>
          <p className={styles['big']}>{breakLine(status)}</p>
          <p className="muted">
            {sitting === null
              ? 'Not sitting right now.'
              : sitting < 60_000
                ? 'You have just sat down.'
                : `Sitting for ${minutesText(sitting)} so far.`}
          </p>
        </>
      ) : (
        <p className="muted">Checking…</p>
      )}
    </section>
  )
}
