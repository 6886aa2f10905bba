import type { ChannelName, RequestOf, ResponseOf } from '../../../electron/shared/contract'
import { useT } from '../i18n/i18n-context'
import { callChannel } from './call-channel'
import { useLiveQuery, type LiveQuery, type LiveQueryOptions } from './use-live-query'

/**
 * The answer of one read channel, kept current: asked again when the payload changes (compared
 * by value) and after the changes `refreshOn` names. Writes never reload by hand; main
 * announces each change once, and the queries that care ask again.
 */
export function useApiQuery<C extends ChannelName>(
  channel: C,
  payload: RequestOf<C>,
  options: LiveQueryOptions,
): LiveQuery<ResponseOf<C>> {
  const key = `${channel} ${JSON.stringify(payload)}`
  const t = useT()
  // The key holds the payload by value, so a new object with the same fields asks nothing.
  return useLiveQuery(key, () => callChannel(channel, payload, t), options)
}
