import type { LoosenEvent } from '../../shared/contract/events'
import type { Change, ChangeBus } from '../core/change-bus'

export function eventFor(change: Change): LoosenEvent {
  return change.kind === 'settings'
    ? { type: 'settings-changed' }
    : { type: 'data-changed', domain: change.domain }
}

/**
 * The renderer hears of every committed change from here, and only from here: the bus carries
 * what stores committed, and this turns each into the event the page listens for.
 */
export function forwardChanges(bus: ChangeBus, emit: (event: LoosenEvent) => void): () => void {
  return bus.subscribe((change) => emit(eventFor(change)))
}
