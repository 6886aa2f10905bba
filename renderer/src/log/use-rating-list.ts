import { useCallback, useEffect, useRef, useState } from 'react'
import type { Rating, RatingCursor, RatingPage } from '../../../electron/shared/contract/log'
import { api } from '../api'

const PAGE = 50
/** The most one request may ask for (the channel's own limit). */
const MAX_REQUEST = 200

type Fetched = { ok: true; page: RatingPage } | { ok: false; message: string }

/** The newest `count` ratings, in as many requests as the channel's page limit needs. */
async function fetchNewest(count: number): Promise<Fetched> {
  const ratings: Rating[] = []
  let before: RatingCursor | null = null
  for (;;) {
    const limit = Math.min(MAX_REQUEST, count - ratings.length)
    const result = await api().log.listRatings(before ? { limit, before } : { limit })
    if (!result.ok) return { ok: false, message: result.error.message }
    ratings.push(...result.value.ratings)
    before = result.value.next
    if (!before || ratings.length >= count) {
      return { ok: true, page: { ratings, total: result.value.total, next: before } }
    }
  }
}

/** The newest ratings, with more pages on request; reloads when main says the log changed. */
export function useRatingList() {
  const [ratings, setRatings] = useState<Rating[] | null>(null)
  const [total, setTotal] = useState(0)
  const [next, setNext] = useState<RatingCursor | null>(null)
  const [error, setError] = useState<string | null>(null)
  // How many the user has asked to see; a reload keeps showing that many.
  const shown = useRef(PAGE)

  const reload = useCallback(async () => {
    const result = await fetchNewest(shown.current)
    if (!result.ok) {
      setError(result.message)
      return
    }
    setError(null)
    setRatings(result.page.ratings)
    setTotal(result.page.total)
    setNext(result.page.next)
  }, [])

  useEffect(() => {
    void Promise.resolve().then(reload)
    return api().events.subscribe((event) => {
      if (event.type === 'data-changed' && event.domain === 'log') void reload()
    })
  }, [reload])

  const loadMore = useCallback(async () => {
    if (!next) return
    const result = await api().log.listRatings({ limit: PAGE, before: next })
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    shown.current += PAGE
    setRatings((current) => [...(current ?? []), ...result.value.ratings])
    setTotal(result.value.total)
    setNext(result.value.next)
  }, [next])

  return { ratings, total, hasMore: next !== null, error, loadMore, reload }
}
