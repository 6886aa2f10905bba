import { useState } from 'react'
import type { Rating, RatingCursor, RatingPage } from '../../../electron/shared/contract/log'
import type { Result } from '../../../electron/shared/result'
import { api } from '../api'
import { useLiveQuery } from '../data/use-live-query'

const PAGE = 50
/** The most one request may ask for (the channel's own limit). */
const MAX_REQUEST = 200

/** The newest `count` ratings, in as many requests as the channel's page limit needs. */
async function fetchNewest(count: number): Promise<Result<RatingPage>> {
  const ratings: Rating[] = []
  let before: RatingCursor | null = null
  for (;;) {
    const limit = Math.min(MAX_REQUEST, count - ratings.length)
    const result = await api().log.listRatings(before ? { limit, before } : { limit })
    if (!result.ok) return result
    ratings.push(...result.value.ratings)
    before = result.value.next
    if (!before || ratings.length >= count) {
      return { ok: true, value: { ratings, total: result.value.total, next: before } }
    }
  }
}

/**
 * The newest ratings, as many as the user asked to see, kept current: main announces every
 * change to the log and the list asks again once.
 */
export function useRatingList() {
  const [shown, setShown] = useState(PAGE)
  const query = useLiveQuery(`log:listRatings ${String(shown)}`, () => fetchNewest(shown), {
    refreshOn: [{ kind: 'data', domain: 'log' }],
  })
  const page = query.data
  return {
    ratings: page?.ratings ?? null,
    total: page?.total ?? 0,
    hasMore: (page?.next ?? null) !== null,
    error: query.error?.message ?? null,
    loadMore: () => setShown((count) => count + PAGE),
  }
}
