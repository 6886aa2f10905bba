import type { Handlers } from '../ipc/dispatch'
import type { SettingsStore } from './settings-store'

/** The store announces its own writes; a handler only passes the request on. */
export function createSettingsHandlers(store: SettingsStore) {
  return {
    'settings:get': () => store.read(),
    'settings:update': (patch) => store.update(patch),
    'settings:reset': () => store.reset(),
  } satisfies Partial<Handlers>
}
