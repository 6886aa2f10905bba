import type { LoosenEvent } from '../../../electron/shared/contract/events'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { seedHistory } from '../../../bench/support/seed'

export const NOW = Date.parse('2026-11-23T09:00:00Z')

export interface Profile {
  services: MainServices
  events: LoosenEvent[]
}

/** The app's main-side services on a data folder, with a fixed clock and its events kept. */
export function openProfile(dataFolder: string): Profile {
  const events: LoosenEvent[] = []
  const services = createMainServices({
    dataFolder,
    appVersion: 'test',
    platform: 'linux',
    now: () => NOW,
    emit: (event) => events.push(event),
    log: { error: () => undefined },
  })
  return { services, events }
}

/** A JSON export of `ratings` self-ratings (with sessions, regions and tags), made by the app. */
export async function exportOf(dataFolder: string, ratings: number): Promise<string> {
  const { services } = openProfile(dataFolder)
  try {
    seedHistory(services.database.db, ratings, 365, NOW)
    const result = await services.dispatch('log:export', { format: 'json' })
    if (!result.ok) throw new Error(result.error.message)
    return (result.value as { content: string }).content
  } finally {
    services.close()
  }
}

export function countRows(services: MainServices, table: string): number {
  return (services.database.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number })
    .n
}
