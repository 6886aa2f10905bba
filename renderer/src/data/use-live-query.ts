import { useEffect, useRef, useState } from 'react'
import type { ApiError, Result } from '../../../electron/shared/result'
import { api } from '../api'
import { changeOf, concerns, type Topic } from './changes'
import { QueryRunner } from './query-runner'
import { useT } from '../i18n/i18n-context'

export interface LiveQueryOptions {
  /** The changes after which the answer is asked for again. */
  refreshOn: readonly Topic[]
  /** While false nothing is asked, and what was loaded stays. */
  enabled?: boolean
}

export interface LiveQuery<T> {
  data: T | null
  /** The last failure; the next answer that arrives clears it. */
  error: ApiError | null
  /** True until the first answer, or failure, has arrived. */
  loading: boolean
  /** Asks again now. */
  reload: () => void
  /** Shows a value main returned from a write; any answer still on its way is dropped. */
  replace: (value: T) => void
}

interface State<T> {
  data: T | null
  error: ApiError | null
  answered: boolean
}

/**
 * Loads something from main and keeps it current: again when `key` changes and after each
 * change that `refreshOn` names. An answer that arrives after a newer request was sent is
 * ignored, so a slow old answer never overwrites a newer one.
 */
export function useLiveQuery<T>(
  key: string,
  load: () => Promise<Result<T>>,
  { refreshOn, enabled = true }: LiveQueryOptions,
): LiveQuery<T> {
  const [state, setState] = useState<State<T>>({ data: null, error: null, answered: false })
  const topics = useRef(refreshOn)
  const t = useT()
  const [runner] = useState(
    () =>
      new QueryRunner<T>((result) =>
        setState((previous) =>
          result.ok
            ? { data: result.value, error: null, answered: true }
            : { ...previous, error: result.error, answered: true },
        ),
      ),
  )
  useEffect(() => {
    runner.setLoad(load)
    topics.current = refreshOn
    runner.setUnreachable(t.t('data.error.unreachable'))
  })

  useEffect(() => {
    if (enabled) runner.run()
  }, [key, enabled, runner])

  useEffect(() => {
    if (!enabled) return
    const unsubscribe = api().events.subscribe((event) => {
      const change = changeOf(event)
      if (change && concerns(topics.current, change)) runner.refresh()
    })
    return () => {
      unsubscribe()
      runner.stop()
    }
  }, [enabled, runner])

  const [actions] = useState(() => ({
    reload: () => runner.run(),
    replace: (value: T) => {
      runner.supersede()
      setState({ data: value, error: null, answered: true })
    },
  }))
  return { data: state.data, error: state.error, loading: !state.answered, ...actions }
}
