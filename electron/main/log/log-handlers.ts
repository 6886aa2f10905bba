import type { Handlers } from '../ipc/dispatch'
import type { InsightsCache } from './insights-service'
import type { RatingsRepository } from './ratings-repository'

export interface LogHandlerContext {
  ratings: RatingsRepository
  insights: InsightsCache
  now: () => number
}

/** The repository announces each committed write; the handlers only pass requests on. */
export function createLogHandlers({ ratings, insights, now }: LogHandlerContext) {
  return {
    'log:addRating': (input) => ratings.add(input),
    'log:listRatings': (input) => ratings.list(input?.limit, input?.before),
    'log:updateRating': (input) => ratings.update(input),
    'log:deleteRating': ({ id }) => ratings.remove(id),
    'log:restoreRating': (snapshot) => ratings.restore(snapshot),
    'log:insights': ({ range }) => insights.get(range, now()),
  } satisfies Partial<Handlers>
}
