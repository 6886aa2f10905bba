import { useMemo } from 'react'
import { firstDayOfWeek } from '../../../electron/shared/i18n/locales'
import type { ScreenProps } from '../app/screens'
import { useShellActions } from '../app/shell-actions'
import { useT } from '../i18n/i18n-context'
import { CheckinCard } from '../today/CheckinCard'
import { NextBreakCard } from '../today/NextBreakCard'
import { SuggestionCard } from '../today/SuggestionCard'
import { suggestPractice } from '../today/suggest'
import { sittingMs, useToday } from '../today/use-today'
import { useTodayFormat } from '../today/use-today-format'
import { weekGlance } from '../today/week'
import { WeekCard } from '../today/WeekCard'
import styles from '../today/today.module.css'

/** The part of the day a greeting names; the catalogue words it (`today.greeting`). */
function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' | 'night' {
  if (hour >= 5 && hour < 12) return 'morning'
  if (hour >= 12 && hour < 18) return 'afternoon'
  if (hour >= 18) return 'evening'
  return 'night'
}

/** The home: what is next, one practice for now, a check-in, and the week so far. */
export function TodayScreen({ navigate }: ScreenProps) {
  const { openQuickLog } = useShellActions()
  const { t, locale } = useT()
  const format = useTodayFormat()
  // "This week" starts on the locale's first day: Monday in de-DE, Sunday in en-US.
  const firstDay = firstDayOfWeek(locale.format)
  const { status, ratings, sessions, error } = useToday()
  // Main's clock, so the harness's and the app's notion of "now" agree with their records.
  const now = status?.now ?? null

  const suggestion = useMemo(
    () =>
      now === null
        ? null
        : suggestPractice({
            hour: new Date(now).getHours(),
            recentRatings: (ratings ?? []).map((r) => r.value),
            sittingMs: status ? sittingMs(status) : null,
          }),
    [now, ratings, status],
  )
  const glance = useMemo(
    () =>
      now === null || ratings === null || sessions === null
        ? null
        : weekGlance(
            sessions.map((s) => s.startedAt),
            ratings.filter((r) => r.phase === null),
            now,
            firstDay,
          ),
    [now, ratings, sessions, firstDay],
  )

  return (
    <div className={styles['today']}>
      <p className={styles['date']}>
        {now === null
          ? '\u00a0'
          : t('today.dateLine', {
              part: partOfDay(new Date(now).getHours()),
              date: format.longDate(now),
            })}
      </p>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {suggestion ? (
        <SuggestionCard suggestion={suggestion} onStart={(id) => navigate('practice', id)} />
      ) : null}
      <NextBreakCard status={status} />
      <CheckinCard last={ratings?.[0] ?? null} onCheckIn={openQuickLog} />
      <WeekCard glance={glance} />
    </div>
  )
}
