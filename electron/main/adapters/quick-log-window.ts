import { BrowserWindow } from 'electron'
import { lockNavigation } from '../security/harden-session'

/** The small "Log tension…" window from the tray, on the renderer's #/quick-log route. */
export function openQuickLogWindow(options: {
  url: string
  preloadFile: string
  isAppUrl: (url: string) => boolean
  iconFile: string
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 420,
    height: 560,
    resizable: true,
    show: false,
    title: 'Log tension — Loosen',
    icon: options.iconFile,
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preloadFile,
      // The same hardening as the main window (see main-window.ts).
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  lockNavigation(window.webContents, options.isAppUrl)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.url)
  return window
}
