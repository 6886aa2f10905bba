import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, session } from 'electron'
import { channelNames } from '../shared/contract'
import { LOOSEN_EVENT_CHANNEL, type LoosenEvent, type ScreenName } from '../shared/contract/events'
import { fail } from '../shared/result'
import { openQuickLogWindow } from './adapters/quick-log-window'
import { createReminderDesktop } from './adapters/reminder-desktop'
import { DataFolderError } from './db/open-data-folder'
import { createMainWindow, rendererFolder } from './main-window'
import { registerAppScheme, serveRendererOverAppProtocol } from './security/app-protocol'
import { APP_START_URL, isTrustedSenderUrl } from './security/app-url'
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from './security/csp'
import { denyAllPermissions, enforceCspHeader } from './security/harden-session'
import { createMainServices, type MainServices } from './services'

// The composition root: the only file that touches Electron. Everything it wires is plain
// TypeScript that the unit and browser tests drive with fakes.

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
let mainWindow: BrowserWindow | null = null
let services: MainServices | null = null
let quickLogWindow: BrowserWindow | null = null
/** With a tray icon, closing the window leaves Loosen running for the break reminders. */
let keepRunningInTray = false

const iconFile = (name: string) => join(app.getAppPath(), 'assets/icons', name)
const reminderDesktop = createReminderDesktop({
  platform: process.platform,
  showApp: showAppAt,
  openQuickLog,
  quit: () => app.quit(),
  log: (message, error) => console.error(message, error),
})

registerAppScheme()

function isAppUrl(url: string): boolean {
  return isTrustedSenderUrl(url, devServerUrl)
}

function emit(event: LoosenEvent): void {
  if (event.type === 'settings-changed' && services) {
    nativeTheme.themeSource = services.settings.read().theme
  }
  mainWindow?.webContents.send(LOOSEN_EVENT_CHANNEL, event)
}

function showMainWindow(hash = ''): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow({
      startUrl: `${devServerUrl ?? APP_START_URL}${hash}`,
      preloadFile: join(__dirname, '../preload/index.js'),
      isAppUrl,
      iconFile: join(app.getAppPath(), 'assets/icons/icon-512.png'),
    })
    mainWindow.on('closed', () => {
      mainWindow = null
    })
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

/** Tray and notifications open Loosen at a screen, e.g. the Movement Break. */
function showAppAt(screen: ScreenName, detail: string | null, focus: boolean): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    showMainWindow(detail ? `#/${screen}/${detail}` : `#/${screen}`)
    return
  }
  const event: LoosenEvent = detail
    ? { type: 'navigate', screen, practiceId: detail }
    : { type: 'navigate', screen }
  mainWindow.webContents.send(LOOSEN_EVENT_CHANNEL, event)
  if (focus) showMainWindow()
  else mainWindow.showInactive()
}

function openQuickLog(): void {
  if (quickLogWindow && !quickLogWindow.isDestroyed()) {
    quickLogWindow.show()
    quickLogWindow.focus()
    return
  }
  quickLogWindow = openQuickLogWindow({
    url: `${devServerUrl ?? APP_START_URL}#/quick-log`,
    preloadFile: join(__dirname, '../preload/index.js'),
    isAppUrl,
    iconFile: iconFile('icon-512.png'),
  })
  quickLogWindow.on('closed', () => {
    quickLogWindow = null
  })
}

function registerIpc(active: MainServices): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event, payload: unknown) => {
      const frame = event.senderFrame
      const fromOurWindow =
        (mainWindow !== null && event.sender === mainWindow.webContents) ||
        (quickLogWindow !== null && event.sender === quickLogWindow.webContents)
      if (!fromOurWindow || !frame || !isTrustedSenderUrl(frame.url, devServerUrl)) {
        return fail({ code: 'internal', message: 'Request refused: it did not come from Loosen.' })
      }
      return active.dispatch(name, payload)
    })
  }
}

function startServices(): MainServices | null {
  try {
    return createMainServices({
      dataFolder: app.getPath('userData'),
      appVersion: app.getVersion(),
      platform: process.platform,
      now: () => Date.now(),
      emit,
      log: { error: (message, error) => console.error(message, error) },
      reminders: reminderDesktop.world,
    })
  } catch (error) {
    // A DataFolderError already says what is wrong and what to do, in the user's words.
    dialog.showErrorBox(
      'Loosen cannot open its data',
      error instanceof DataFolderError
        ? error.message
        : `Loosen could not open its data folder (${app.getPath('userData')}).\n\n${String(error)}\n\nNothing was deleted. Check that the folder can be written to and that the disk has space, then start Loosen again.`,
    )
    return null
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => showMainWindow())
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
  // Windows shows notifications only for an app with this id (the installer's appId).
  if (process.platform === 'win32') app.setAppUserModelId('app.loosen.desktop')
  void app.whenReady().then(() => {
    services = startServices()
    if (!services) {
      app.quit()
      return
    }
    denyAllPermissions(session.defaultSession)
    enforceCspHeader(
      session.defaultSession,
      devServerUrl ? developmentContentSecurityPolicy(devServerUrl) : CONTENT_SECURITY_POLICY,
    )
    serveRendererOverAppProtocol(rendererFolder(__dirname))
    nativeTheme.themeSource = services.settings.read().theme
    registerIpc(services)
    keepRunningInTray = reminderDesktop.start(
      services.reminders,
      iconFile(process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'),
    )
    // Started at login: wait in the tray; the first reminder or a tray click opens the window.
    if (!(reminderDesktop.startedHidden && keepRunningInTray)) showMainWindow()
    app.on('activate', () => showMainWindow())
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !keepRunningInTray) app.quit()
  })
  app.on('will-quit', () => {
    reminderDesktop.stop()
    services?.close()
  })
}
