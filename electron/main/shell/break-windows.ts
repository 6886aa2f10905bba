import { BrowserWindow, screen, type Display, type WebContents } from 'electron'
import type { BreakWindowPlacement, BreakWindows } from '../reminders/reminder-world'
import { lockNavigation } from '../security/harden-session'
import { breakWindowBounds, type Rect } from './break-window-placement'

export interface BreakWindowOptions {
  /** The renderer's #/break route. */
  url: string
  preloadFile: string
  isAppUrl: (url: string) => boolean
  iconFile: string
  log: (message: string, error: unknown) => void
  /** The window's title in the person's language now; English when left out. */
  title?: () => string
}

interface Open {
  displayId: number
  window: BrowserWindow
}

/**
 * The gentle break window, one per display (or on the display with the pointer). Each is shown
 * with showInactive(), so a sentence being typed elsewhere keeps the keyboard; a click or the
 * window switcher still reaches it, so its buttons work from the keyboard too. Displays plugged
 * in or out while it is up gain or lose their window.
 */
export function createBreakWindows(options: BreakWindowOptions): BreakWindows & {
  /** The open windows' web contents: IPC from them is Loosen's own. */
  contents(): WebContents[]
} {
  let open: Open[] = []
  let placement: BreakWindowPlacement | null = null
  let watching = false

  const alive = () => open.filter((o) => !o.window.isDestroyed())

  function openOn(displayId: number, bounds: Rect): void {
    const window = new BrowserWindow({
      ...bounds,
      show: false,
      title: options.title?.() ?? 'Time for a movement break — Loosen',
      icon: options.iconFile,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      // Above the work, but out of the task bar: it is a reminder, not another app window.
      alwaysOnTop: true,
      skipTaskbar: true,
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
        spellcheck: false,
      },
    })
    lockNavigation(window.webContents, options.isAppUrl)
    // Never show(): that would take the keyboard from whatever the person is typing in.
    window.once('ready-to-show', () => {
      if (!window.isDestroyed()) window.showInactive()
    })
    window.on('closed', () => {
      open = open.filter((o) => o.window !== window)
    })
    open.push({ displayId, window })
    window.loadURL(options.url).catch((error: unknown) => {
      // Closed before it finished loading (the break was taken at once): nothing went wrong.
      if (!window.isDestroyed()) options.log('The break window could not load', error)
    })
  }

  function place(where: BreakWindowPlacement): void {
    const displays = screen.getAllDisplays()
    const targets = breakWindowBounds(
      where,
      displays,
      screen.getCursorScreenPoint(),
      screen.getPrimaryDisplay(),
    )
    // A repeated reminder leaves the window where it is, on the display it was put on.
    if (where === 'cursor' && alive().length > 0) return
    const shown = new Set(alive().map((o) => o.displayId))
    for (const target of targets) {
      if (!shown.has(target.displayId)) openOn(target.displayId, target.bounds)
    }
  }

  function watchDisplays(): void {
    if (watching) return
    watching = true
    screen.on('display-added', () => {
      if (placement === 'all') place('all')
    })
    screen.on('display-removed', (_event, display: Display) => {
      for (const o of alive()) if (o.displayId === display.id) o.window.destroy()
    })
  }

  return {
    open(where) {
      try {
        watchDisplays()
        placement = where
        place(where)
      } catch (error) {
        options.log('The break window could not open', error)
      }
    },
    close() {
      placement = null
      for (const o of alive()) o.window.destroy()
      open = []
    },
    contents() {
      return alive().map((o) => o.window.webContents)
    },
  }
}
