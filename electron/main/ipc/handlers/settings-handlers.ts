import type { LoosenEvent } from '../../../shared/contract/events'
import type { SettingsStore } from '../../settings/settings-store'
import type { Handlers } from '../dispatch'

export function createSettingsHandlers(store: SettingsStore, emit: (event: LoosenEvent) => void) {
  return {
    'settings:get': () => store.read(),
    'settings:update': (patch) => {
      const settings = store.update(patch)
      emit({ type: 'settings-changed' })
      return settings
    },
    'settings:reset': () => {
      const settings = store.reset()
      emit({ type: 'settings-changed' })
      return settings
    },
  } satisfies Partial<Handlers>
}
