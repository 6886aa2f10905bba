import type { LoosenEvent } from '../../shared/contract/events'
import { systemTimeZone } from '../../shared/reminders/zoned-time'
import type { Database } from '../db/sqlite'
import { createReminderHandlers } from '../ipc/handlers/reminders-handlers'
import type { SettingsStore } from '../settings/settings-store'
import { BreakRepository } from './break-repository'
import { createManualWorld } from './manual-world'
import type { ReminderWorld } from './reminder-world'
import { ReminderService } from './reminder-service'

export interface ReminderHost {
  now: () => number
  emit: (event: LoosenEvent) => void
  log: { error(message: string, error: unknown): void }
  /** The desktop; without one, reminders advance only when asked (tests, tools). */
  reminders?: ReminderWorld
}

/**
 * The reminder feature as createMainServices needs it: the service, its IPC handlers, and an
 * `emit` for the settings handlers that also tells the service when settings changed.
 */
export function createReminders(host: ReminderHost, db: Database, settings: SettingsStore) {
  const world = host.reminders ?? createManualWorld(systemTimeZone())
  const repository = new BreakRepository(db)
  const service = new ReminderService({
    world,
    now: host.now,
    emit: host.emit,
    settings: () => settings.read(),
    repository,
    log: host.log,
  })
  const emit = (event: LoosenEvent) => {
    host.emit(event)
    if (event.type === 'settings-changed') service.settingsChanged()
  }
  const handlers = createReminderHandlers({
    service: () => service,
    repository,
    now: host.now,
    timeZone: world.timeZone,
  })
  return { service, handlers, emit, close: () => service.stop() }
}
