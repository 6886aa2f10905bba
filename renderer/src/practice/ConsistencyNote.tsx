import { useState } from 'react'
import { RECENT_WEEKS, recentConsistency } from '../../../electron/shared/report/consistency'
import { firstDayOfWeek } from '../../../electron/shared/i18n/locales'
import { useApiQuery } from '../data/use-api-query'
import { useT } from '../i18n/i18n-context'
import { useSettings } from '../settings/settings-context'
import styles from './consistency.module.css'

/** A day with practice: a session of at least a minute, as in the clinician report. */
const PRACTICE_DAY_MIN_MS = 60_000

/**
 * Consistency instead of streaks: the weekly target and how many recent weeks met it. Calm by
 * design: no missed day is named, a week under way is never counted against anyone (it counts
 * once it is met), and a slow start can still be met later in the week.
 */
export function ConsistencyNote() {
  // Read once when the list is shown: the weeks move on at most once a week.
  const [now] = useState(() => Date.now())
  const { settings } = useSettings()
  const { t, locale } = useT()
  const sessions = useApiQuery(
    'practice:listSessions',
    { limit: 500 },
    { refreshOn: [{ kind: 'data', domain: 'practice' }] },
  ).data
  if (!settings || !sessions) return null
  const target = settings.practiceWeeklyTarget
  const starts = sessions.filter((s) => s.actualMs >= PRACTICE_DAY_MIN_MS).map((s) => s.startedAt)
  // Weeks before the first session ever are not weeks anyone missed.
  const first = Math.min(...sessions.map((s) => s.startedAt))
  const result = recentConsistency(
    starts,
    now,
    target,
    first,
    RECENT_WEEKS,
    firstDayOfWeek(locale.format),
  )
  const current = result.weeks.at(-1)
  return (
    <p className={styles['consistency']} aria-label={t('practice.consistency.label')}>
      {t('practice.consistency.target', { days: target })}{' '}
      {result.counted > 0
        ? t('practice.consistency.met', { met: result.met, counted: result.counted })
        : t('practice.consistency.notYet')}{' '}
      {current && current.underWay
        ? current.met
          ? t('practice.consistency.thisWeekMet')
          : current.practiceDays > 0
            ? t('practice.consistency.thisWeekSoFar', { days: current.practiceDays })
            : ''
        : ''}
    </p>
  )
}
