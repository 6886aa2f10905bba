import { join } from 'node:path'
import type { LoosenEvent } from '../shared/contract/events'
import { openDataFolder } from './db/open-data-folder'
import type { OpenedDatabase } from './db/open-database'
import { createDispatcher, type Dispatch, type DispatchLog, type Handlers } from './ipc/dispatch'
import { createAppHandlers } from './ipc/handlers/app-handlers'
import { createLogHandlers } from './ipc/handlers/log-handlers'
import { createPracticeHandlers } from './ipc/handlers/practice-handlers'
import { createSettingsHandlers } from './ipc/handlers/settings-handlers'
import { migrations } from './migrations'
import { createReminders } from './reminders/create-reminders'
import type { ReminderService } from './reminders/reminder-service'
import type { ReminderWorld } from './reminders/reminder-world'
import { CustomPracticesRepository } from './practice/custom-repository'
import { SessionActivity } from './practice/session-activity'
import { SessionsRepository } from './practice/sessions-repository'
import { SettingsStore } from './settings/settings-store'

/** Everything main-side services need from the outside world, so tests can supply fakes. */
export interface MainWorld {
  dataFolder: string
  appVersion: string
  platform: string
  /** Wall-clock time in epoch milliseconds. */
  now: () => number
  emit: (event: LoosenEvent) => void
  log: DispatchLog
  /** Idle time, timers, notifications for break reminders; without it they advance only on request. */
  reminders?: ReminderWorld
  /** Told when a practice session starts and stops running (Electron: a power-save blocker). */
  onPracticeActive?: (active: boolean) => void
}

export interface MainServices {
  dispatch: Dispatch
  database: OpenedDatabase
  settings: SettingsStore
  reminders: ReminderService
  close(): void
}

export const DATABASE_FILE_NAME = 'loosen.db'

/**
 * Builds the app's services on plain Node. Electron's composition root and the browser test
 * harness both call this, so the tests exercise the same validation and storage as the app.
 */
export function createMainServices(world: MainWorld): MainServices {
  const databaseFile = join(world.dataFolder, DATABASE_FILE_NAME)
  // An unwritable folder or a full disk is thrown as a DataFolderError with a clear message.
  const database = openDataFolder(
    world.dataFolder,
    databaseFile,
    migrations,
    () => new Date(world.now()),
  )
  const settings = new SettingsStore(database.db, world.now)
  const reminders = createReminders(world, database.db, settings)
  const handlers = {
    ...createAppHandlers({
      info: {
        version: world.appVersion,
        dataFolder: world.dataFolder,
        databaseFile,
        platform: world.platform,
      },
      recovery: { current: database.recovery },
    }),
    ...createSettingsHandlers(settings, reminders.emit),
    ...reminders.handlers,
    ...createLogHandlers({ db: database.db, settings, now: world.now, emit: world.emit }),
    ...createPracticeHandlers(
      new SessionsRepository(database.db, world.now),
      new CustomPracticesRepository(database.db, world.now),
      world.emit,
      new SessionActivity({ onChange: world.onPracticeActive, log: world.log }),
    ),
  } satisfies Handlers
  return {
    dispatch: createDispatcher(handlers, world.log),
    database,
    settings,
    reminders: reminders.service,
    close: () => {
      // The sitting stretch under way is written before the database closes.
      reminders.close()
      database.db.close()
    },
  }
}
