import { useCallback, useEffect, useState } from 'react'
import type { Insights, InsightsRange } from '../../../electron/shared/log/insights-types'
import { api } from '../api'

/** Loads Insights for a range and reloads when the log changes. */
export function useInsights(range: InsightsRange | null) {
  const [insights, setInsights] = useState<Insights | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async (which: InsightsRange) => {
    const result = await api().log.insights({ range: which })
    if (result.ok) {
      setInsights(result.value)
      setError(null)
    } else {
      setError(result.error.message)
    }
  }, [])

  useEffect(() => {
    if (!range) return
    void Promise.resolve().then(() => load(range))
    return api().events.subscribe((event) => {
      if (event.type === 'data-changed') void load(range)
    })
  }, [range, load])

  return { insights, error }
}
