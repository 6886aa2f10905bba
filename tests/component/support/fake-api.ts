import type { ChannelName, LoosenEvent } from '../../../electron/shared/contract'
import type { Result } from '../../../electron/shared/result'

type Handler = (payload: unknown) => unknown

export interface FakeApi {
  /** Every call so far, in order, by channel name. */
  calls: ChannelName[]
  /** How many calls reached this channel. */
  count: (channel: ChannelName) => number
  /** Pushes an event to every subscriber, as main does after a change. */
  emit: (event: LoosenEvent) => void
  reset: () => void
}

/**
 * A counting stand-in for `window.loosen`. Each handler returns the value (wrapped as an ok
 * Result) or a Promise of a Result for tests that control when an answer arrives. Writes emit
 * their change events before answering, as main's handlers do.
 */
export function installFakeApi(handlers: Partial<Record<ChannelName, Handler>>): FakeApi {
  const calls: ChannelName[] = []
  const listeners = new Set<(event: LoosenEvent) => void>()
  const domains: Record<
    string,
    Record<string, (payload?: unknown) => Promise<Result<unknown>>>
  > = {}
  for (const [name, handler] of Object.entries(handlers) as [ChannelName, Handler][]) {
    const [domain, method] = name.split(':') as [string, string]
    domains[domain] ??= {}
    domains[domain][method] = (payload?: unknown) => {
      calls.push(name)
      const answer = handler(payload)
      if (answer instanceof Promise) return answer as Promise<Result<unknown>>
      return Promise.resolve({ ok: true, value: answer })
    }
  }
  const fake: FakeApi = {
    calls,
    count: (channel) => calls.filter((name) => name === channel).length,
    emit: (event) => {
      for (const listener of [...listeners]) listener(event)
    },
    reset: () => {
      calls.length = 0
    },
  }
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: {
      ...domains,
      events: {
        subscribe: (listener: (event: LoosenEvent) => void) => {
          listeners.add(listener)
          return () => listeners.delete(listener)
        },
      },
    },
  })
  return fake
}

/** A promise with its resolve handle, for answers that arrive when the test says. */
export function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => {
    resolve = done
  })
  return { promise, resolve }
}
