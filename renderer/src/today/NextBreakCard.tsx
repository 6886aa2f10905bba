import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { useT } from '../i18n/i18n-context'
import type { TodayFormat } from './format'
import { sittingMs } from './use-today'
import { useTodayFormat } from './use-today-format'
import styles from './today.module.css'

function breakLine(s: ReminderStatus, t: Translator['t'], format: TodayFormat): string {
  switch (s.phase) {
    case 'sitting':
      return s.nextBreakAt === null
        ? t('today.break.counting')
        : t('today.break.next', {
            time: format.clock(s.nextBreakAt),
            duration: format.duration(s.nextBreakAt - s.now),
          })
    case 'due':
      return t('today.break.due')
    case 'away':
    case 'break':
      return t('today.break.onBreak')
    case 'paused':
      return s.pausedIndefinitely || s.pausedUntil === null
        ? t('today.break.paused')
        : t('today.break.pausedUntil', { when: format.relative(s.pausedUntil, s.now) })
    case 'off-hours':
      return s.offHoursUntil === null
        ? t('today.break.offHours')
        : t('today.break.offHoursUntil', { when: format.relative(s.offHoursUntil, s.now) })
    case 'disabled':
      return t('today.break.disabled')
  }
}

export function NextBreakCard({ status }: { status: ReminderStatus | null }) {
  const { t } = useT()
  const format = useTodayFormat()
  const sitting = status ? sittingMs(status) : null
  return (
    <section className="card" aria-labelledby="today-break">
      <h2 id="today-break">{t('today.break.heading')}</h2>
      {status ? (
        <>
          <p className={styles['big']}>{breakLine(status, t, format)}</p>
          <p className="muted">
            {sitting === null
              ? t('today.break.notSitting')
              : sitting < 60_000
                ? t('today.break.justSat')
                : t('today.break.sittingFor', { duration: format.duration(sitting) })}
          </p>
        </>
      ) : (
        <p className="muted">{t('today.break.checking')}</p>
      )}
    </section>
  )
}
