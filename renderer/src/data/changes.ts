import type { DataDomain, LoosenEvent } from '../../../electron/shared/contract'
import { DATA_DOMAINS } from '../../../electron/shared/contract/events'
import type { SettingKey } from '../../../electron/shared/settings/schema'

export type { DataDomain }

/**
 * Something main changed, as the typed change bus names it. `keys: null` means "some settings,
 * not said which" (the older event carries no keys).
 */
export type Change =
  { kind: 'settings'; keys: readonly SettingKey[] | null } | { kind: 'data'; domain: DataDomain }

/** What a query cares about; settings without keys means any setting. */
export type Topic =
  { kind: 'settings'; keys?: readonly SettingKey[] } | { kind: 'data'; domain: DataDomain }

function isDomain(value: unknown): value is DataDomain {
  return (DATA_DOMAINS as readonly unknown[]).includes(value)
}

/**
 * Reads a pushed event as a change. Understands the change bus's `{ kind }` shape and the
 * older `{ type }` events (settings-changed, data-changed, reminders-changed); anything else,
 * such as navigation, is not a change.
 */
export function changeOf(event: LoosenEvent | Change): Change | null {
  const message = event as Record<string, unknown>
  if (message['kind'] === 'settings') {
    const keys = message['keys']
    return { kind: 'settings', keys: Array.isArray(keys) ? (keys as SettingKey[]) : null }
  }
  if (message['kind'] === 'data') {
    return isDomain(message['domain']) ? { kind: 'data', domain: message['domain'] } : null
  }
  switch (message['type']) {
    case 'settings-changed':
      return { kind: 'settings', keys: null }
    case 'data-changed':
      return isDomain(message['domain']) ? { kind: 'data', domain: message['domain'] } : null
    case 'reminders-changed':
      // The reminder state moved on: the same thing as the bus's reminders data change.
      return { kind: 'data', domain: 'reminders' }
    default:
      return null
  }
}

/** Whether a change touches any of the topics. */
export function concerns(topics: readonly Topic[], change: Change): boolean {
  return topics.some((topic) => {
    if (topic.kind === 'data') return change.kind === 'data' && change.domain === topic.domain
    if (change.kind !== 'settings') return false
    if (!topic.keys || !change.keys) return true
    return change.keys.some((key) => topic.keys?.includes(key))
  })
}
