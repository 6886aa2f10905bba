import type { z } from 'zod'
import type { Result } from '../result'
import type { ChannelSpec } from './channel'
import { appChannels } from './app'
import { checkinsChannels } from './checkins'
import { reportChannels } from './report'
import { CHANNEL_NAMES } from './channel-names'
import { logChannels } from './log'
import { practiceChannels } from './practice'
import { reminderChannels } from './reminders'
import { settingsChannels } from './settings'
import { transferChannels } from './transfer'
import type { EventSubscriber } from './events'

export type { DataDomain, LoosenEvent, EventSubscriber, ScreenName } from './events'

/**
 * The whole IPC surface. Channel names are `domain:method`; the renderer sees them as
 * `window.loosen.domain.method(payload)`. Each domain keeps its channels in its own file.
 */
export const contract = {
  ...appChannels,
  ...settingsChannels,
  ...practiceChannels,
  ...reminderChannels,
  ...logChannels,
  ...transferChannels,
  ...checkinsChannels,
  ...reportChannels,
}

export type Contract = typeof contract
export type ChannelName = keyof Contract

type ListedName = (typeof CHANNEL_NAMES)[number]
/** Fails to compile when the zod-free list (channel-names.ts) and the contract differ. */
const _listMatchesContract: [ChannelName] extends [ListedName]
  ? [ListedName] extends [ChannelName]
    ? true
    : never
  : never = true

export const channelNames: readonly ChannelName[] = CHANNEL_NAMES

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name)
}

type AnySpec = ChannelSpec<z.ZodType, unknown>

export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>
export type ResponseOf<C extends ChannelName> =
  Contract[C] extends ChannelSpec<z.ZodType, infer R> ? R : never

type ArgsOf<S extends AnySpec> =
  undefined extends z.input<S['request']>
    ? [payload?: z.input<S['request']>]
    : [payload: z.input<S['request']>]

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never

export type LoosenApi = {
  [D in DomainOf<ChannelName>]: {
    [C in ChannelName as C extends `${D}:${infer M}` ? M : never]: (
      ...args: ArgsOf<Contract[C]>
    ) => Promise<Result<ResponseOf<C>>>
  }
} & {
  /** Messages pushed by main (tray, notifications); returns an unsubscribe function. */
  events: { subscribe: EventSubscriber }
  /**
   * Where a picked file is on disk, so main's import worker can read it itself; '' for a file
   * with no path (made in the page, dragged from a browser, the test harness).
   */
  files: { pathFor: (file: File) => string }
}
