import type { FeatureDeps } from '../core/feature'
import { InsightsCache } from './insights-service'
import { createLogHandlers } from './log-handlers'
import { RatingsRepository } from './ratings-repository'

/**
 * The tension log. A rating is saved by RatingsRepository in one transaction (the row, its
 * body-map regions and its tags); once committed, the repository publishes `{ kind: 'data',
 * domain: 'log' }` on the change bus, which the IPC forwarder sends to the renderer as
 * `data-changed` (the list reloads). Insights notice the write themselves: their cache is keyed
 * by SQLite's count of changes, so the next request computes afresh.
 */
export function createLogFeature(deps: FeatureDeps) {
  const ratings = new RatingsRepository(deps.db, deps.now, deps.changes)
  const insights = new InsightsCache(deps.db)
  return { ratings, handlers: createLogHandlers({ ratings, insights, now: deps.now }) }
}
