import { useCallback, useEffect, useState } from 'react'
import type {
  DaySummary,
  ReminderStatus,
  TodayReport,
} from '../../../electron/shared/contract/reminders'
import type { ApiError, Result } from '../../../electron/shared/result'
import { api } from '../api'

export interface RemindersView {
  status: ReminderStatus | null
  today: TodayReport | null
  week: DaySummary[] | null
  error: ApiError | null
  /** Runs a command; on refusal the reason is kept in `error` for the screen to show. */
  act: (command: () => Promise<Result<ReminderStatus>>) => Promise<void>
}

/** Live reminder state: loaded once, then again whenever main says it moved on. */
export function useReminders(): RemindersView {
  const [status, setStatus] = useState<ReminderStatus | null>(null)
  const [today, setToday] = useState<TodayReport | null>(null)
  const [week, setWeek] = useState<DaySummary[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  const load = useCallback(async () => {
    const [s, t, w] = await Promise.all([
      api().reminders.state(),
      api().reminders.today(),
      api().reminders.week(),
    ])
    if (s.ok) setStatus(s.value)
    if (t.ok) setToday(t.value)
    if (w.ok) setWeek(w.value)
    for (const result of [s, t, w]) {
      if (!result.ok) {
        setError(result.error)
        break
      }
    }
  }, [])

  useEffect(() => {
    void Promise.resolve().then(load)
    return api().events.subscribe((event) => {
      if (
        event.type === 'reminders-changed' ||
        event.type === 'settings-changed' ||
        (event.type === 'data-changed' && event.domain === 'reminders')
      ) {
        void load()
      }
    })
  }, [load])

  const act = useCallback(
    async (command: () => Promise<Result<ReminderStatus>>) => {
      const result = await command()
      if (result.ok) {
        setStatus(result.value)
        setError(null)
        await load()
      } else {
        setError(result.error)
      }
    },
    [load],
  )

  return { status, today, week, error, act }
}
