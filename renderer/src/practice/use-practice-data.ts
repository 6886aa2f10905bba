import { useCallback, useEffect, useState } from 'react'
import type { CustomPractice, PracticeSession } from '../../../electron/shared/contract/practice'
import { api, type Result } from '../api'

interface Loaded<T> {
  items: T[]
  loading: boolean
  error: string | null
  reload: () => void
}

/** Loads a practice list from main and reloads it whenever practice data changes. */
function usePracticeList<T>(load: () => Promise<Result<T[]>>): Loaded<T> {
  const [items, setItems] = useState<T[]>([])
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(() => {
    void load().then((result) => {
      setLoading(false)
      if (result.ok) {
        setItems(result.value)
        setError(null)
      } else setError(result.error.message)
    })
  }, [load])
  useEffect(() => {
    reload()
    return api().events.subscribe((event) => {
      if (event.type === 'data-changed' && event.domain === 'practice') reload()
    })
  }, [reload])
  return { items, loading, error, reload }
}

const loadCustom = () => api().practice.listCustom()
const loadSessions = () => api().practice.listSessions({ limit: 10 })

export function useCustomPractices(): Loaded<CustomPractice> {
  return usePracticeList<CustomPractice>(loadCustom)
}

export function useRecentSessions(): Loaded<PracticeSession> {
  return usePracticeList<PracticeSession>(loadSessions)
}
