import { useMemo } from 'react'
import type { ScreenProps } from '../app/screens'
import { useShellActions } from '../app/shell-actions'
import { CheckinCard } from '../today/CheckinCard'
import { NextBreakCard } from '../today/NextBreakCard'
import { SuggestionCard } from '../today/SuggestionCard'
import { suggestPractice } from '../today/suggest'
import { sittingMs, useToday } from '../today/use-today'
import { weekGlance } from '../today/week'
import { WeekCard } from '../today/WeekCard'
import styles from '../today/today.module.css'

function greeting(hour: number): string {
  if (hour >= 5 && hour < 12) return 'Good morning'
  if (hour >= 12 && hour < 18) return 'Good afternoon'
  if (hour >= 18) return 'Good evening'
  return 'Hello'
}

const longDate = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
})

/** The home: what is next, one practice for now, a check-in, and the week so far. */
export function TodayScreen({ navigate }: ScreenProps) {
  const { openQuickLog } = useShellActions()
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
          ),
    [now, ratings, sessions],
  )

  return (
    <div className={styles['today']}>
      <p className={styles['date']}>
        {now === null
          ? '\u00a0'
          : `${greeting(new Date(now).getHours())} · ${longDate.format(new Date(now))}`}
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
