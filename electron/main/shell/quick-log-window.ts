import { BrowserWindow } from 'electron'
import { lockNavigation } from '../security/harden-session'

/** The small "Log tension…" window from the tray, on the renderer's #/quick-log route. */
export function openQuickLogWindow(options: {
  url: string
  preloadFile: string
  isAppUrl: (url: string) => boolean
  iconFile: string
  /** Windows logoff or shutdown (see main-window.ts). */
  onSessionEnd: () => void
  /** "Log tension — Loosen", in the person's language. */
  title?: string
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 420,
    height: 560,
    resizable: true,
    show: false,
    title: options.title ?? 'Log tension — Loosen',
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
      // No dictionary downloads: Loosen makes no network request.
      spellcheck: false,
    },
  })
  lockNavigation(window.webContents, options.isAppUrl)
  // Opened from the tray on purpose, so it takes focus.
  window.once('ready-to-show', () => window.show())
  window.on('session-end', () => options.onSessionEnd())
  void window.loadURL(options.url)
  return window
}
