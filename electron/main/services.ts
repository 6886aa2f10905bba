import { join } from 'node:path'
import { firstDayOfWeek } from '../shared/i18n/locales'
import type { LoosenEvent } from '../shared/contract/events'
import { createAppFeature } from './app/app-feature'
import { createCheckinsFeature } from './checkins/checkins-feature'
import { createReportFeature, type SaveReportPdf } from './report/report-feature'
import { createChangeBus } from './core/change-bus'
import type { FeatureDeps } from './core/feature'
import { openDataFolder } from './db/open-data-folder'
import type { OpenedDatabase } from './db/open-database'
import { createDispatcher, type Dispatch, type DispatchLog, type Handlers } from './ipc/dispatch'
import { forwardChanges } from './ipc/forward-changes'
import { createLogFeature } from './log/log-feature'
import { migrations } from './migrations'
import { createPracticeFeature } from './practice/practice-feature'
import type { ReminderService } from './reminders/reminder-service'
import type { ReminderWorld } from './reminders/reminder-world'
import { createRemindersFeature } from './reminders/reminders-feature'
import type { CatalogueSet } from '../shared/i18n/catalogue-set'
import { englishOnlyCatalogues } from '../shared/i18n/english-only'
import { createMainLanguage, type MainLanguage } from './i18n/main-language'
import { createSettingsFeature } from './settings/settings-feature'
import type { SettingsStore } from './settings/settings-store'
import { createTransferFeature } from './transfer/transfer-feature'

/** Everything main-side services need from the outside world, so tests can supply fakes. */
export interface MainWorld {
  dataFolder: string
  appVersion: string
  platform: string
  /** Wall-clock time in epoch milliseconds. */
  now: () => number
  /** Sends an event to the renderer. Committed changes reach it through the change bus. */
  emit: (event: LoosenEvent) => void
  log: DispatchLog
  /** Idle time, timers, notifications for break reminders; without it they advance only on request. */
  reminders?: ReminderWorld
  /** Told when a practice session starts and stops running (Electron: a power-save blocker). */
  onPracticeActive?: (active: boolean) => void
  /** Prints the clinician report to a PDF where the user chooses (Electron only). */
  savePdf?: SaveReportPdf
  /** The system's preferred languages, best first; without it, English. */
  preferredLanguages?: () => readonly string[]
  /** The language catalogues; the app passes every bundled one, tools may leave English alone. */
  catalogues?: CatalogueSet
}

export interface MainServices {
  dispatch: Dispatch
  database: OpenedDatabase
  settings: SettingsStore
  reminders: ReminderService
  /** Main's own words: tray, notifications, dialogs and error messages. */
  language: MainLanguage
  close(): void
}

export const DATABASE_FILE_NAME = 'loosen.db'

/**
 * Builds the app on plain Node: the database, one change bus, and the list of features.
 * Electron's composition root and the browser test harness both call this, so the tests
 * exercise the same validation and storage as the app.
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
  const changes = createChangeBus(world.log)
  const deps: FeatureDeps = { db: database.db, now: world.now, changes, log: world.log }

  const app = createAppFeature(
    {
      version: world.appVersion,
      dataFolder: world.dataFolder,
      databaseFile,
      platform: world.platform,
    },
    database.recovery,
  )
  const settings = createSettingsFeature(deps)
  const catalogues = world.catalogues ?? englishOnlyCatalogues
  const language = createMainLanguage({
    settings: settings.store,
    changes,
    catalogues,
    preferredLanguages: world.preferredLanguages ?? (() => ['en']),
    log: { error: (message) => world.log.error(message, undefined) },
  })
  const log = createLogFeature(deps)
  const practice = createPracticeFeature({ ...deps, onPracticeActive: world.onPracticeActive })
  const reminders = createRemindersFeature({
    ...deps,
    settings: settings.store,
    signal: world.emit,
    world: world.reminders,
    translator: () => language.current(),
  })
  const checkins = createCheckinsFeature(deps)
  const transfer = createTransferFeature({
    ...deps,
    stores: {
      ratings: log.ratings,
      sessions: practice.sessions,
      custom: practice.custom,
      breaks: reminders.breaks,
      checkins: checkins.checkins,
      stops: practice.stops,
      settings: settings.store,
    },
    words: () => {
      const { locale } = language.current()
      return {
        locale,
        messages: catalogues.messagesFor(locale.messages),
        english: catalogues.messagesFor('en'),
      }
    },
  })
  const report = createReportFeature({
    ...deps,
    checkins: checkins.checkins,
    sittingSpans: (from, to) => reminders.breaks.spansBetween(from, to),
    weeklyTarget: () => settings.store.read().practiceWeeklyTarget,
    firstDayOfWeek: () => firstDayOfWeek(language.current().locale.format),
    savePdf: world.savePdf,
  })
  const stopForwarding = forwardChanges(changes, world.emit)

  const handlers: Handlers = {
    ...app.handlers,
    ...settings.handlers,
    ...practice.handlers,
    ...reminders.handlers,
    ...log.handlers,
    ...transfer.handlers,
    ...checkins.handlers,
    ...report.handlers,
  }
  return {
    dispatch: createDispatcher(handlers, world.log, () => language.current()),
    database,
    settings: settings.store,
    reminders: reminders.service,
    language,
    close: () => {
      language.close()
      // Quitting tells the page nothing; the reminders write the sitting stretch under way.
      stopForwarding()
      reminders.close()
      // An import or export under way is stopped: its transaction rolls back, nothing half-written.
      transfer.runner.close()
      database.db.close()
    },
  }
}
