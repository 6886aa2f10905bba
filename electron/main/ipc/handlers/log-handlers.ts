import type { LoosenEvent } from '../../../shared/contract/events'
import type { RatingsRepository } from '../../log/ratings-repository'
import type { Handlers } from '../dispatch'

export function createLogHandlers(ratings: RatingsRepository, emit: (event: LoosenEvent) => void) {
  return {
    'log:addRating': (input) => {
      const rating = ratings.add(input)
      emit({ type: 'data-changed', domain: 'log' })
      return rating
    },
  } satisfies Partial<Handlers>
}
