import type { Insights, InsightsRange } from '../../../electron/shared/log/insights-types'
import type { Topic } from '../data/changes'
import { useApiQuery } from '../data/use-api-query'

/**
 * Ratings and practice sessions. Not the reminder records: the break timer writes them all day
 * (every sitting stretch that ends), and reloading the open screen for each would redraw every
 * chart; the sitting section is current whenever the screen or its range is opened.
 */
const INSIGHTS_SOURCES: readonly Topic[] = [
  { kind: 'data', domain: 'log' },
  { kind: 'data', domain: 'practice' },
]

/** Insights for a range, kept current as the log changes. */
export function useInsights(range: InsightsRange | null): {
  insights: Insights | null
  error: string | null
} {
  const query = useApiQuery(
    'log:insights',
    { range: range ?? 'all' },
    { refreshOn: INSIGHTS_SOURCES, enabled: range !== null },
  )
  return { insights: query.data, error: query.error?.message ?? null }
}
