import { useCallback, useState } from 'react'
import type {
  DaySummary,
  ReminderStatus,
  TodayReport,
} from '../../../electron/shared/contract/reminders'
import type { ApiError, Result } from '../../../electron/shared/result'
import type { Topic } from '../data/changes'
import { useApiQuery } from '../data/use-api-query'

export interface RemindersView {
  status: ReminderStatus | null
  today: TodayReport | null
  week: DaySummary[] | null
  error: ApiError | null
  /** Runs a command; on refusal the reason is kept in `error` for the screen to show. */
  act: (command: () => Promise<Result<ReminderStatus>>) => Promise<void>
}

/** The reminder state and its records move together; reminder settings change both. */
const REMINDER_SOURCES: readonly Topic[] = [
  { kind: 'data', domain: 'reminders' },
  { kind: 'settings' },
]

/**
 * Live reminder state, kept current by main's announcements. A command shows the state it
 * returns at once and reloads nothing itself: main announces what it changed.
 */
export function useReminders(): RemindersView {
  const options = { refreshOn: REMINDER_SOURCES }
  const status = useApiQuery('reminders:state', undefined, options)
  const today = useApiQuery('reminders:today', undefined, options)
  const week = useApiQuery('reminders:week', undefined, options)
  const [refusal, setRefusal] = useState<ApiError | null>(null)
  const showStatus = status.replace

  const act = useCallback(
    async (command: () => Promise<Result<ReminderStatus>>) => {
      const result = await command()
      if (result.ok) {
        showStatus(result.value)
        setRefusal(null)
      } else {
        setRefusal(result.error)
      }
    },
    [showStatus],
  )

  return {
    status: status.data,
    today: today.data,
    week: week.data,
    error: refusal ?? status.error ?? today.error ?? week.error,
    act,
  }
}
