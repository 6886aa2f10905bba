import type { FeatureDeps } from '../core/feature'
import { CustomPracticesRepository } from './custom-repository'
import { createPracticeHandlers } from './practice-handlers'
import { SessionActivity } from './session-activity'
import { SessionsRepository } from './sessions-repository'
import { StopReasonsRepository } from './stop-reasons-repository'

export interface PracticeFeatureDeps extends FeatureDeps {
  /** Told when a practice session starts and stops running (Electron: a power-save blocker). */
  onPracticeActive?: ((active: boolean) => void) | undefined
}

/**
 * Practice: sessions (saved as they run, merged by session-merge.ts), the user's own practices,
 * why a session was stopped when it was pain or discomfort (stop-reasons-repository.ts), and
 * whether a session is running. Each repository publishes `{ kind: 'data', domain:
 * 'practice' }` after each commit.
 */
export function createPracticeFeature(deps: PracticeFeatureDeps) {
  const sessions = new SessionsRepository(deps.db, deps.now, deps.changes)
  const custom = new CustomPracticesRepository(deps.db, deps.now, deps.changes)
  const stops = new StopReasonsRepository(deps.db, deps.now, deps.changes)
  const activity = new SessionActivity({ onChange: deps.onPracticeActive, log: deps.log })
  return {
    sessions,
    custom,
    stops,
    handlers: createPracticeHandlers({ sessions, custom, stops, activity }),
  }
}
