import type { RangePromptReport } from '../../../electron/shared/contract/reminders'
import type { InsightsRange } from '../../../electron/shared/log/insights-types'
import type { Topic } from '../data/changes'
import { useApiQuery } from '../data/use-api-query'

/**
 * Reminder records change all day (every prompt, break and sitting stretch), so only this
 * section listens for them; the charts of self-ratings keep to the log and practice topics.
 */
const PROMPT_SOURCES: readonly Topic[] = [{ kind: 'data', domain: 'reminders' }]

/** How reminders were followed, and long sitting, over the chosen range. */
export function usePromptInsights(range: InsightsRange | null): {
  report: RangePromptReport | null
  error: string | null
} {
  const query = useApiQuery(
    'reminders:prompts',
    { range: range ?? 'all' },
    { refreshOn: PROMPT_SOURCES, enabled: range !== null },
  )
  return { report: query.data, error: query.error?.message ?? null }
}
