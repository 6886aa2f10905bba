import type * as Electron from 'electron'
import { addPlatformMethods, app } from './app'
import { StandInBaseWindow } from './base-window'
import { StandInBrowserWindow } from './browser-window'
import { dialog } from './dialog'
import { ipcMain } from './ipc-main'
import { StandInMenu, StandInMenuItem } from './menu'
import { nativeImage, nativeTheme, shell } from './native'
import { notificationClass } from './notification'
import { powerMonitor, powerSaveBlocker } from './power'
import { protocol } from './protocol'
import { screen } from './screen'
import { session } from './session'
import { StandInTray } from './tray'

// The `electron` module as the built main process sees it under the stand-in. Anything Loosen
// reaches for that is missing here fails loudly (undefined is not a function), rather than
// passing silently.

addPlatformMethods()

export {
  app,
  StandInBaseWindow as BaseWindow,
  StandInBrowserWindow as BrowserWindow,
  dialog,
  ipcMain,
  StandInMenu as Menu,
  StandInMenuItem as MenuItem,
  nativeImage,
  nativeTheme,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  shell,
  StandInTray as Tray,
}
export const Notification = notificationClass()

// Compile-time checks that the stand-in's signatures match Electron's where the app calls them.
export const typeChecks = {
  whenReady: app.whenReady.bind(app) satisfies Electron.App['whenReady'],
  quit: app.quit.bind(app) satisfies Electron.App['quit'],
  getPath: app.getPath.bind(app) satisfies Electron.App['getPath'],
  getAppPath: app.getAppPath.bind(app) satisfies Electron.App['getAppPath'],
  getVersion: app.getVersion.bind(app) satisfies Electron.App['getVersion'],
  requestSingleInstanceLock: app.requestSingleInstanceLock.bind(
    app,
  ) satisfies Electron.App['requestSingleInstanceLock'],
  showErrorBox: ((title: string, content: string) =>
    dialog.showErrorBox(title, content)) satisfies Electron.Dialog['showErrorBox'],
  getSystemIdleTime: powerMonitor.getSystemIdleTime.bind(
    powerMonitor,
  ) satisfies Electron.PowerMonitor['getSystemIdleTime'],
  getAllDisplays: screen.getAllDisplays.bind(screen) satisfies Electron.Screen['getAllDisplays'],
  getPrimaryDisplay: screen.getPrimaryDisplay.bind(
    screen,
  ) satisfies Electron.Screen['getPrimaryDisplay'],
  getCursorScreenPoint: screen.getCursorScreenPoint.bind(
    screen,
  ) satisfies Electron.Screen['getCursorScreenPoint'],
  onDisplayAdded: ((listener: (event: Electron.Event, display: Electron.Display) => void) =>
    screen.on('display-added', listener)) satisfies (
    listener: Parameters<Electron.Screen['on']>[1],
  ) => unknown,
  registerSchemesAsPrivileged: ((schemes: Electron.CustomScheme[]) =>
    protocol.registerSchemesAsPrivileged(
      schemes,
    )) satisfies Electron.Protocol['registerSchemesAsPrivileged'],
}
