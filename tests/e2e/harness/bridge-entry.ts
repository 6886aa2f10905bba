import { createApi } from '../../../electron/preload/create-api'
import type { ChannelName, LoosenEvent } from '../../../electron/shared/contract'
import type { Result } from '../../../electron/shared/result'

// Runs in the page before the app, in place of the Electron preload: the same createApi,
// with a transport that reaches the real main-side handlers in the Playwright process.

declare global {
  interface Window {
    __loosenInvoke(channel: ChannelName, payload: unknown): Promise<Result<unknown>>
    __loosenDeliver(event: LoosenEvent): void
  }
}

const listeners = new Set<(event: LoosenEvent) => void>()

window.__loosenDeliver = (event) => {
  for (const listener of listeners) listener(event)
}

Object.defineProperty(window, 'loosen', {
  value: createApi(
    (channel, payload) => window.__loosenInvoke(channel, payload),
    (listener) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  ),
  writable: false,
  configurable: false,
})
