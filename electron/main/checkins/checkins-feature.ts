import type { FeatureDeps } from '../core/feature'
import { createCheckinsHandlers } from './checkins-handlers'
import { CheckinsRepository } from './checkins-repository'

/**
 * Check-ins: the PEG weekly and a global impression of change monthly, offered when due and
 * always skippable. CheckinsRepository is the only writer of `checkins` and publishes
 * `{ kind: 'data', domain: 'checkins' }` after each commit.
 */
export function createCheckinsFeature(deps: FeatureDeps) {
  const checkins = new CheckinsRepository(deps.db, deps.now, deps.changes)
  return { checkins, handlers: createCheckinsHandlers({ checkins, now: deps.now }) }
}
