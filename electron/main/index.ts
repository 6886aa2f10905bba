import { join } from 'node:path'
import { mainCatalogues } from './i18n/catalogues'
import {
  app,
  type BaseWindow,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  session,
} from 'electron'
import { channelNames } from '../shared/contract'
import type { LoosenEvent } from '../shared/contract/events'
import { fail } from '../shared/result'
import { DataFolderError, dataFolderMessage } from './db/open-data-folder'
import { resolveLocale } from '../shared/i18n/locales'
import type { Translator } from '../shared/i18n/translator'
import { englishTranslator } from '../shared/text/english-translator'
import { APP_START_URL, isTrustedSenderUrl } from './security/app-url'
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from './security/csp'
import { denyAllPermissions, enforceCspHeader } from './security/harden-session'
import { isTrustedIpcSender } from './security/ipc-sender'
import { createMainServices, type MainServices } from './services'
import { appUserModelId } from './shell/app-identity'
import { applicationMenuTemplate } from './shell/app-menu'
import { registerAppScheme, serveRendererOverAppProtocol } from './shell/app-protocol'
import { createBreakWindows } from './shell/break-windows'
import { createMainWindow, rendererFolder } from './shell/main-window'
import { createMainWindowController } from './shell/main-window-controller'
import { openQuickLogWindow } from './shell/quick-log-window'
import { createReminderDesktop, type ReminderDesktop } from './shell/reminder-desktop'
import { createReportPrinter } from './shell/report-pdf'
import { watchSessionEnd } from './shell/session-end-watch'
import { createPracticeKeepAwake } from './shell/practice-keep-awake'
import { createShutdown } from './shell/shutdown'
import { keepRunningWhenWindowsClose } from './shell/tray-host'

// The composition root. Only this file and electron/main/shell/ touch Electron; everything
// they wire is plain TypeScript that the unit and browser tests drive with fakes.

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const preloadFile = join(__dirname, '../preload/index.js')
let services: MainServices | null = null
let reminderDesktop: ReminderDesktop | null = null
let quickLogWindow: BrowserWindow | null = null
/** With a tray icon the person can see, closing the window leaves Loosen running for reminders. */
let keepRunningInTray = false
/** Held here so they are never garbage collected: the Windows session-end watch. */
const heldWindows = new Set<BaseWindow>()

const log = (message: string, error: unknown) => console.error(message, error)
const iconFile = (name: string) => join(app.getAppPath(), 'assets/icons', name)

/** Main's words now: the person's language once the services run, English before. */
function words(): Translator {
  return services?.language.current() ?? englishTranslator()
}

const keepAwake = createPracticeKeepAwake()
const reportPrinter = createReportPrinter({
  startUrl: devServerUrl ?? APP_START_URL,
  preloadFile,
  isAppUrl,
  words,
})
const breakWindows = createBreakWindows({
  url: `${devServerUrl ?? APP_START_URL}#/break`,
  preloadFile,
  isAppUrl,
  iconFile: iconFile('icon-512.png'),
  log,
  title: () => words().t('main.window.breakReminder'),
})

/** Writes the sitting stretch under way and closes the database, once, however the run ends. */
const shutdown = createShutdown(
  [
    () => reminderDesktop?.stop(),
    () => keepAwake.release(),
    () => services?.close(),
    () => (services = null),
  ],
  log,
)

const mainWindow = createMainWindowController((hash, show, onClosed) => {
  const window = createMainWindow({
    startUrl: `${devServerUrl ?? APP_START_URL}${hash}`,
    preloadFile,
    isAppUrl,
    iconFile: iconFile('icon-512.png'),
    show,
    onSessionEnd: shutdown,
  })
  window.on('closed', onClosed)
  return window
})

registerAppScheme()

function isAppUrl(url: string): boolean {
  return isTrustedSenderUrl(url, devServerUrl)
}

function emit(event: LoosenEvent): void {
  if (event.type === 'settings-changed' && services) {
    nativeTheme.themeSource = services.settings.read().theme
  }
  mainWindow.emit(event)
}

function openQuickLog(): void {
  if (quickLogWindow && !quickLogWindow.isDestroyed()) {
    quickLogWindow.show()
    quickLogWindow.focus()
    return
  }
  quickLogWindow = openQuickLogWindow({
    url: `${devServerUrl ?? APP_START_URL}#/quick-log`,
    preloadFile,
    isAppUrl,
    iconFile: iconFile('icon-512.png'),
    onSessionEnd: shutdown,
    title: words().t('main.window.quickLog'),
  })
  quickLogWindow.on('closed', () => {
    quickLogWindow = null
  })
}

/** Loosen's own web contents: the only senders IPC answers. */
function ownContents(): unknown[] {
  const windows = [mainWindow.current(), quickLogWindow]
  return [
    ...windows.flatMap((window) => (window && !window.isDestroyed() ? [window.webContents] : [])),
    ...reportPrinter.contents(),
    ...breakWindows.contents(),
  ]
}

function registerIpc(active: MainServices): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event, payload: unknown) => {
      if (!isTrustedIpcSender(event, ownContents(), devServerUrl)) {
        return fail({ code: 'internal', message: words().t('main.ipc.refused') })
      }
      return active.dispatch(name, payload)
    })
  }
}

function startServices(desktop: ReminderDesktop): MainServices | null {
  try {
    return createMainServices({
      dataFolder: app.getPath('userData'),
      appVersion: app.getVersion(),
      platform: process.platform,
      now: () => Date.now(),
      emit,
      log: { error: log },
      reminders: desktop.world,
      onPracticeActive: keepAwake.set,
      savePdf: reportPrinter.save,
      preferredLanguages: () => app.getPreferredSystemLanguages(),
      catalogues: mainCatalogues,
    })
  } catch (error) {
    // Settings live in the database that could not be opened: the system's languages decide.
    const translator = mainCatalogues.translatorFor(
      resolveLocale('system', app.getPreferredSystemLanguages(), mainCatalogues.shipped),
    )
    const folder = app.getPath('userData')
    // A DataFolderError says what is wrong and what to do, in the user's words.
    dialog.showErrorBox(
      translator.t('main.startError.title'),
      error instanceof DataFolderError
        ? dataFolderMessage(error.problem, error.folder, translator)
        : translator.t('main.startError.unknown', { folder, error: String(error) }),
    )
    return null
  }
}

async function startApp(): Promise<void> {
  const desktop = createReminderDesktop({
    platform: process.platform,
    showApp: (screen, detail, focus) => mainWindow.showAt(screen, detail, focus),
    showWindow: () => mainWindow.show(),
    openQuickLog,
    quit: () => app.quit(),
    desktopChanged: () => mainWindow.emit({ type: 'reminders-changed' }),
    log,
    breakWindows,
  })
  reminderDesktop = desktop
  services = startServices(desktop)
  if (!services) {
    app.quit()
    return
  }
  const menu = applicationMenuTemplate(process.platform, app.isPackaged)
  if (menu !== undefined) Menu.setApplicationMenu(menu && Menu.buildFromTemplate(menu))
  denyAllPermissions(session.defaultSession)
  enforceCspHeader(
    session.defaultSession,
    devServerUrl ? developmentContentSecurityPolicy(devServerUrl) : CONTENT_SECURITY_POLICY,
  )
  serveRendererOverAppProtocol(rendererFolder(__dirname))
  nativeTheme.themeSource = services.settings.read().theme
  registerIpc(services)
  const trayCreated = desktop.start(
    services.reminders,
    iconFile(process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'),
    services.language,
  )
  app.on('activate', () => mainWindow.show())
  // Started at login: wait in the tray; the first reminder or a tray click opens the window.
  // A normal start shows it at once, without waiting for the tray probe below.
  if (!desktop.startedHidden) mainWindow.show()
  keepRunningInTray = keepRunningWhenWindowsClose({
    platform: process.platform,
    trayCreated,
    trayHost: await desktop.trayHost(),
  })
  desktop.setTrayShown(keepRunningInTray)
  // Waiting unseen is only right when the tray icon can be seen.
  if (desktop.startedHidden && !keepRunningInTray) mainWindow.show()
  const sessionEndWatch = keepRunningInTray ? watchSessionEnd(process.platform, shutdown) : null
  if (sessionEndWatch) heldWindows.add(sessionEndWatch)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => mainWindow.show())
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
  // Windows shows notifications only for an app with this id (the installer's appId).
  if (process.platform === 'win32') app.setAppUserModelId(appUserModelId(app.isPackaged))
  void app.whenReady().then(startApp)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !keepRunningInTray) app.quit()
  })
  app.on('will-quit', shutdown)
}
