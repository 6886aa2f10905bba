import type { ChannelName, RequestOf, ResponseOf } from '../../../electron/shared/contract'
import type { Translator } from '../../../electron/shared/i18n/translator'
import type { Result } from '../../../electron/shared/result'
import { api } from '../api'

type AnyMethod = (payload?: unknown) => Promise<Result<unknown>>

/**
 * Calls `window.loosen.<domain>.<method>` by its channel name, `domain:method`; `t` words the
 * failure when no such method is exposed.
 */
export function callChannel<C extends ChannelName>(
  channel: C,
  payload: RequestOf<C>,
  t: Translator,
): Promise<Result<ResponseOf<C>>> {
  const [domain, method] = channel.split(':') as [string, string]
  const members = (api() as unknown as Record<string, Record<string, AnyMethod>>)[domain]
  const call = members?.[method]
  if (!call) {
    return Promise.resolve({
      ok: false,
      error: {
        code: 'unknown_channel',
        message: t.t('data.error.unknownChannel', { channel }),
      },
    })
  }
  return call(payload) as Promise<Result<ResponseOf<C>>>
}
