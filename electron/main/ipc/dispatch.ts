import {
  contract,
  isChannelName,
  type ChannelName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { ApiFailure } from '../core/api-failure'
import { describeStorageError } from './storage-errors'
import { describeInvalidInput } from '../core/invalid-input'

export type Handler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
) => ResponseOf<C> | Promise<ResponseOf<C>>

export type Handlers = { [C in ChannelName]: Handler<C> }

export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>

export interface DispatchLog {
  error(message: string, error: unknown): void
}

/**
 * The one door into main: unknown channels and payloads that fail their schema are answered
 * with a typed error before any handler runs, and nothing a handler throws leaves as an exception.
 */
export function createDispatcher(handlers: Handlers, log: DispatchLog): Dispatch {
  return async (channel, payload) => {
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      return fail({ code: 'unknown_channel', message: `There is no request called "${channel}".` })
    }
    const parsed = contract[channel].request.safeParse(payload)
    if (!parsed.success) return fail(describeInvalidInput(parsed.error))
    try {
      const handler = handlers[channel] as (request: unknown) => unknown
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.toApiError())
      const storage = describeStorageError(error)
      if (storage) return fail(storage)
      log.error(`Request ${channel} failed`, error)
      return fail({
        code: 'internal',
        message: 'Something went wrong inside Loosen. Nothing was changed.',
      })
    }
  }
}
