import type { ChannelName, LoosenApi } from '../shared/contract'
// The zod-free list: importing the contract's values would bundle zod into the preload.
import { CHANNEL_NAMES } from '../shared/contract/channel-names'
import type { EventSubscriber } from '../shared/contract/events'
import type { Result } from '../shared/result'
import { pickedPaths } from './picked-paths'

export type Invoke = (channel: ChannelName, payload: unknown) => Promise<Result<unknown>>

/** Without a way to know a file's place on disk, every file is sent as its text. */
const NO_PATHS = () => ''

/**
 * Builds `window.loosen` from a transport. Electron's preload passes `ipcRenderer.invoke` and
 * `webUtils.getPathForFile`; the browser test harness passes a function that reaches the same
 * main-side handlers, and no paths.
 */
export function createApi(
  invoke: Invoke,
  subscribe: EventSubscriber,
  pathForFile: (file: File) => string = NO_PATHS,
): LoosenApi {
  const picked = pickedPaths(pathForFile)
  const domains: Record<
    string,
    Record<string, (payload?: unknown) => Promise<Result<unknown>>>
  > = {}
  for (const name of CHANNEL_NAMES) {
    const [domain, method] = name.split(':') as [string, string]
    domains[domain] ??= {}
    domains[domain][method] = (payload?: unknown) => {
      const refused = picked.refusal(name, payload)
      return refused ? Promise.resolve(refused) : invoke(name, payload)
    }
  }
  // Frozen all the way down, so no script in the page can swap a method for its own.
  for (const members of Object.values(domains)) Object.freeze(members)
  return Object.freeze({
    ...domains,
    events: Object.freeze({ subscribe }),
    files: Object.freeze({ pathFor: (file: File) => picked.pathFor(file) }),
  }) as unknown as LoosenApi
}
