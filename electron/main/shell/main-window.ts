import { join } from 'node:path'
import { BrowserWindow, nativeTheme } from 'electron'
import { lockNavigation } from '../security/harden-session'

export interface MainWindowOptions {
  startUrl: string
  preloadFile: string
  isAppUrl: (url: string) => boolean
  iconFile: string
  /** 'inactive' for a reminder: the window appears without taking the keyboard from the user. */
  show: 'focus' | 'inactive'
  /** Windows logoff or shutdown, when before-quit and will-quit never fire. */
  onSessionEnd: () => void
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Loosen',
    icon: options.iconFile,
    // Matches the page background so the window never flashes white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#17191c' : '#f6f3ee',
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not open a link in a new window (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      // Chromium fetches spellcheck dictionaries from the internet on Windows and Linux, and
      // Loosen makes no network request.
      spellcheck: false,
      // Practice bells and the pacer must keep time while the window is hidden.
      backgroundThrottling: false,
    },
  })
  lockNavigation(window.webContents, options.isAppUrl)
  window.once('ready-to-show', () => {
    if (options.show === 'focus') window.show()
    else window.showInactive()
  })
  window.on('session-end', () => options.onSessionEnd())
  void window.loadURL(options.startUrl)
  return window
}

export function rendererFolder(mainBundleFolder: string): string {
  return join(mainBundleFolder, '../renderer')
}
