import type { CustomPractice, PracticeSession } from '../../../electron/shared/contract/practice'
import type { Topic } from '../data/changes'
import { useApiQuery } from '../data/use-api-query'

interface Loaded<T> {
  items: T[]
  loading: boolean
  error: string | null
}

const PRACTICE_DATA: readonly Topic[] = [{ kind: 'data', domain: 'practice' }]
const NOTHING: never[] = []

/** Your own patterns and presets, kept current. */
export function useCustomPractices(): Loaded<CustomPractice> {
  const query = useApiQuery('practice:listCustom', undefined, { refreshOn: PRACTICE_DATA })
  return {
    items: query.data ?? NOTHING,
    loading: query.loading,
    error: query.error?.message ?? null,
  }
}

/** The last ten sessions, kept current. */
export function useRecentSessions(): Loaded<PracticeSession> {
  const query = useApiQuery('practice:listSessions', { limit: 10 }, { refreshOn: PRACTICE_DATA })
  return {
    items: query.data ?? NOTHING,
    loading: query.loading,
    error: query.error?.message ?? null,
  }
}
