import { useEffect } from 'react'
import type { Rating } from '../../../electron/shared/contract/log'
import type { PracticeSession } from '../../../electron/shared/contract/practice'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { useApiQuery } from '../data/use-api-query'

export interface TodayData {
  status: ReminderStatus | null
  /** Newest first; the last 200 are plenty for two weeks of check-ins. */
  ratings: readonly Rating[] | null
  sessions: readonly PracticeSession[] | null
  error: string | null
}

/** Today reads three features' own read channels and reloads when any of them announces a change. */
export function useToday(): TodayData {
  const status = useApiQuery('reminders:state', undefined, {
    refreshOn: [{ kind: 'data', domain: 'reminders' }, { kind: 'settings' }],
  })
  // Main announces phase changes, not the minutes in between: ask once a minute so "in 12 min"
  // and "sitting for 40 min" stay true while Today is open.
  const reloadStatus = status.reload
  useEffect(() => {
    const timer = window.setInterval(reloadStatus, 60_000)
    return () => window.clearInterval(timer)
  }, [reloadStatus])
  const ratings = useApiQuery(
    'log:listRatings',
    { limit: 200 },
    { refreshOn: [{ kind: 'data', domain: 'log' }] },
  )
  const sessions = useApiQuery(
    'practice:listSessions',
    { limit: 100 },
    { refreshOn: [{ kind: 'data', domain: 'practice' }] },
  )
  return {
    status: status.data,
    ratings: ratings.data?.ratings ?? null,
    sessions: sessions.data,
    error: status.error?.message ?? ratings.error?.message ?? sessions.error?.message ?? null,
  }
}

/** The sitting stretch under way, on main's clock; null when the person is not sitting. */
export function sittingMs(status: ReminderStatus): number | null {
  if (status.sittingSince === null) return null
  if (status.phase !== 'sitting' && status.phase !== 'due') return null
  return Math.max(0, status.now - status.sittingSince)
}
