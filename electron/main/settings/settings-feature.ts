import type { FeatureDeps } from '../core/feature'
import { createSettingsHandlers } from './settings-handlers'
import { SettingsStore } from './settings-store'

/**
 * Settings: one store, the only writer of the settings table. After each commit it publishes
 * `{ kind: 'settings', keys }`; the reminders and the renderer listen for that on the bus.
 */
export function createSettingsFeature(deps: FeatureDeps) {
  const store = new SettingsStore(deps.db, deps.now, deps.changes)
  return { store, handlers: createSettingsHandlers(store) }
}
