import type { DataDomain } from '../../shared/contract/events'
import type { SettingKey } from '../../shared/settings/schema'

/** What a committed write changed. Settings name their keys, so a listener can ignore the rest. */
export type Change =
  { kind: 'settings'; keys: readonly SettingKey[] } | { kind: 'data'; domain: DataDomain }

export type ChangeListener = (change: Change) => void

/** Stores and repositories hold only this: they announce what they committed, nothing else. */
export interface ChangePublisher {
  publish(change: Change): void
}

export interface ChangeBus extends ChangePublisher {
  /** Returns the function that stops listening. */
  subscribe(listener: ChangeListener): () => void
}

/** For a store nobody listens to: the import's scratch database, tools, a test's own setup. */
export const UNHEARD: ChangePublisher = { publish: () => undefined }

/**
 * One bus per running app, made in services.ts. A listener that throws is logged and the others
 * still hear the change: the write it reports is committed either way.
 */
export function createChangeBus(log: { error(message: string, error: unknown): void }): ChangeBus {
  const listeners = new Set<ChangeListener>()
  return {
    publish(change) {
      for (const listener of [...listeners]) {
        try {
          listener(change)
        } catch (error) {
          log.error(`A listener for a ${change.kind} change failed`, error)
        }
      }
    },
    subscribe(listener) {
      // A wrapper per call, so the same function subscribed twice is also heard twice.
      const entry: ChangeListener = (change) => listener(change)
      listeners.add(entry)
      return () => listeners.delete(entry)
    },
  }
}
