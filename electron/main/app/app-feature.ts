import type { AppInfo, DatabaseRecovery } from '../../shared/contract/app'
import { createAppHandlers } from './app-handlers'

/** What the About screen shows, and the notice about a database that had to be moved aside. */
export function createAppFeature(
  info: Omit<AppInfo, 'recovery'>,
  recovery: DatabaseRecovery | null,
) {
  return { handlers: createAppHandlers({ info, recovery: { current: recovery } }) }
}
