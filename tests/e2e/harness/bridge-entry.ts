import { createApi } from '../../../electron/preload/create-api'
import type { ChannelName, LoosenEvent } from '../../../electron/shared/contract'
import type { Result } from '../../../electron/shared/result'
import { decodeWire, encodeWire } from './wire'

// Runs in the page before the app, in place of the Electron preload: the same createApi,
// with a transport that reaches the real main-side handlers in the Playwright process.
// Requests, answers and events cross as one string each (./wire.ts says why).

declare global {
  interface Window {
    /** `[channel, payload]` encoded; resolves to the encoded Result. */
    __loosenInvoke(request: string): Promise<string>
    /** One encoded LoosenEvent. */
    __loosenDeliver(event: string): void
  }
}

const listeners = new Set<(event: LoosenEvent) => void>()

window.__loosenDeliver = (text) => {
  const event = decodeWire(text) as LoosenEvent
  for (const listener of listeners) listener(event)
}

async function invoke(channel: ChannelName, payload: unknown): Promise<Result<unknown>> {
  return decodeWire(await window.__loosenInvoke(encodeWire([channel, payload]))) as Result<unknown>
}

Object.defineProperty(window, 'loosen', {
  value: createApi(invoke, (listener) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }),
  writable: false,
  configurable: false,
})
