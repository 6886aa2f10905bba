import {
  contract,
  isChannelName,
  type ChannelName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract'
import type { Translator } from '../../shared/i18n/translator'
import { fail, ok, type ApiError, type Result } from '../../shared/result'
import { isPhrase, phrase, say } from '../../shared/text/phrase'
import { englishTranslator } from '../../shared/text/english-translator'
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

/** The refusal in the person's language; the phrase it was made from stays in main. */
function inWords(error: ApiError, translator: Translator): Result<never> {
  const { phrase: said, ...rest } = error
  if (said === undefined) return fail(rest)
  const message = say(said, translator)
  // A form shows the reason beside its field, so it gets the reason alone: stripping the
  // field's name off the sentence would depend on each language's punctuation.
  const problem = said.values?.['problem']
  return fail(
    error.field !== undefined && isPhrase(problem)
      ? { ...rest, message, problem: say(problem, translator) }
      : { ...rest, message },
  )
}

/**
 * The one door into main: unknown channels and payloads that fail their schema are answered
 * with a typed error before any handler runs, and nothing a handler throws leaves as an
 * exception. Refusals are said in main's language at the moment of answering.
 */
export function createDispatcher(
  handlers: Handlers,
  log: DispatchLog,
  translator: () => Translator = englishTranslator,
): Dispatch {
  return async (channel, payload) => {
    const refuse = (error: ApiError) => inWords(error, translator())
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      const said = phrase('main.ipc.unknownChannel', { channel })
      return refuse({ code: 'unknown_channel', message: say(said), phrase: said })
    }
    const parsed = contract[channel].request.safeParse(payload)
    if (!parsed.success) return refuse(describeInvalidInput(parsed.error))
    try {
      const handler = handlers[channel] as (request: unknown) => unknown
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof ApiFailure) return refuse(error.toApiError())
      const storage = describeStorageError(error)
      if (storage) return refuse(storage)
      log.error(`Request ${channel} failed`, error)
      const said = phrase('main.ipc.internal')
      return refuse({ code: 'internal', message: say(said), phrase: said })
    }
  }
}
