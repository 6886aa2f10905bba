import { useCallback, useEffect, useState } from 'react'
import type { Rating, RatingCursor } from '../../../electron/shared/contract/log'
import { api } from '../api'

const PAGE = 50

/** The newest ratings, with more pages on request; reloads when main says the log changed. */
export function useRatingList() {
  const [ratings, setRatings] = useState<Rating[] | null>(null)
  const [total, setTotal] = useState(0)
  const [next, setNext] = useState<RatingCursor | null>(null)
  const [shown, setShown] = useState(PAGE)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async (limit: number) => {
    const result = await api().log.listRatings({ limit: Math.min(limit, 200) })
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    setError(null)
    setRatings(result.value.ratings)
    setTotal(result.value.total)
    setNext(result.value.next)
  }, [])

  useEffect(() => {
    void Promise.resolve().then(() => reload(shown))
    return api().events.subscribe((event) => {
      if (event.type === 'data-changed' && event.domain === 'log') void reload(shown)
    })
  }, [reload, shown])

  const loadMore = useCallback(async () => {
    if (!next) return
    const result = await api().log.listRatings({ limit: PAGE, before: next })
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    setRatings((current) => [...(current ?? []), ...result.value.ratings])
    setNext(result.value.next)
    setShown((n) => n + PAGE)
  }, [next])

  return { ratings, total, hasMore: next !== null, error, loadMore, reload: () => reload(shown) }
}
