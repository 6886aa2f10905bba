import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import type { Page } from 'playwright-core'
import type { WindowState } from '../messages'
import { baseWindows } from './base-window'
import { forgetPage, openPage } from './chromium-host'
import { toPageUrl } from './page-urls'
import { preloadInitScript } from './preload-script'
import { assertReady, config, electronEvent, report, runtime } from './runtime'
import { StandInWebContents } from './web-contents'

// BrowserWindow over a real Chromium page. Only after `ready`; `close` can be vetoed, `closed`
// follows; `ready-to-show` after the first load; `show()` focuses, `showInactive()` does not.

let nextId = 1
const windows: StandInBrowserWindow[] = []
/** How windows reach `app` without importing it: its events for the last close and new contents. */
export const windowHooks = {
  /** The last window closed outside a quit (the app's window-all-closed rule). */
  lastWindowClosed: (): void => undefined,
  webContentsCreated: (_contents: StandInWebContents): void => undefined,
  quitRequested: (): void => undefined,
}

export class StandInBrowserWindow extends EventEmitter {
  readonly id = nextId++
  readonly webContents = new StandInWebContents()
  readonly webPreferences: Electron.WebPreferences
  private visible: boolean
  private focused = false
  private minimized = false
  private destroyed = false
  private title: string
  private shownWith: WindowState['shownWith'] = null
  private bounds: WindowState['bounds']
  private readonly focusable: boolean
  private readonly alwaysOnTop: boolean
  private readonly skipTaskbar: boolean
  private readonly pageReady: Promise<Page>
  private loadedOnce = false

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super()
    assertReady('new BrowserWindow')
    this.webPreferences = options.webPreferences ?? {}
    this.title = options.title ?? 'Electron'
    this.visible = false
    const width = options.width ?? 800
    const height = options.height ?? 600
    // Electron centres a window given no position (on the primary display; 1920×1080 here).
    this.bounds = {
      x: options.x ?? Math.round((1920 - width) / 2),
      y: options.y ?? Math.round((1080 - height) / 2),
      width,
      height,
    }
    this.focusable = options.focusable ?? true
    this.alwaysOnTop = options.alwaysOnTop ?? false
    this.skipTaskbar = options.skipTaskbar ?? false
    windows.push(this)
    windowHooks.webContentsCreated(this.webContents)
    this.pageReady = openPage(this.webContents, options.width ?? 800, options.height ?? 600).then(
      async (page) => {
        this.webContents.page = page
        const preload = this.webPreferences.preload
        if (preload) await page.addInitScript({ content: preloadInitScript(preload) })
        return page
      },
    )
    if (options.show !== false) this.show()
  }

  static getAllWindows(): StandInBrowserWindow[] {
    return [...windows]
  }

  static getFocusedWindow(): StandInBrowserWindow | null {
    return windows.find((window) => window.focused) ?? null
  }

  static fromWebContents(contents: unknown): StandInBrowserWindow | null {
    return windows.find((window) => window.webContents === contents) ?? null
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.pageReady
    this.webContents.expectingNavigation = true
    await page.goto(toPageUrl(url))
    this.webContents.expectingNavigation = false
    this.webContents.emit('did-finish-load', electronEvent())
    if (!this.loadedOnce) {
      this.loadedOnce = true
      this.emit('ready-to-show', electronEvent())
    }
  }

  show(): void {
    if (config.quitWhenShown) {
      report({ type: 'window-shown', url: this.webContents.getURL() })
      setImmediate(() => windowHooks.quitRequested())
    }
    this.visible = true
    this.minimized = false
    this.shownWith = 'show'
    this.emit('show')
    // A window made unfocusable is shown without ever taking the keyboard.
    if (!this.focusable) return
    for (const other of windows) other.focused = false
    this.focused = true
    this.emit('focus')
  }

  showInactive(): void {
    this.visible = true
    this.shownWith = 'showInactive'
    this.emit('show')
  }

  hide(): void {
    this.visible = false
    this.focused = false
    this.emit('hide')
  }

  focus(): void {
    if (!this.focusable) return
    for (const other of windows) other.focused = false
    this.focused = true
    this.emit('focus')
  }

  blur(): void {
    this.focused = false
    this.emit('blur')
  }

  minimize(): void {
    this.minimized = true
    this.focused = false
  }

  restore(): void {
    this.minimized = false
  }

  isMinimized(): boolean {
    return this.minimized
  }
  isVisible(): boolean {
    return this.visible && !this.minimized
  }
  isFocused(): boolean {
    return this.focused
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  setTitle(title: string): void {
    this.title = title
  }
  getTitle(): string {
    return this.title
  }
  /** As on 64-bit Linux/X11: the window's XID, 8 bytes in the machine's order (made up here). */
  getNativeWindowHandle(): Buffer {
    const handle = Buffer.alloc(8)
    handle.writeBigUInt64LE(BigInt(0x4a00000 + this.id))
    return handle
  }

  getBounds(): Electron.Rectangle {
    return { ...this.bounds }
  }
  setBounds(bounds: Partial<Electron.Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds }
  }
  setMenuBarVisibility(_visible: boolean): void {}
  setAutoHideMenuBar(_hide: boolean): void {}
  setAlwaysOnTop(_flag: boolean): void {}
  moveTop(): void {}
  center(): void {}
  flashFrame(_flag: boolean): void {}

  /** The close button, or close(): listeners may veto it with preventDefault(). */
  close(): boolean {
    if (this.destroyed) return false
    const event = electronEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return false
    this.destroy()
    return true
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.visible = false
    this.focused = false
    windows.splice(windows.indexOf(this), 1)
    this.webContents.destroy()
    void this.pageReady.then((page) => {
      forgetPage(page)
      return page.close()
    })
    this.emit('closed')
    // Hidden BaseWindows count too: Electron emits window-all-closed only when none is left.
    if (windows.length === 0 && baseWindows.length === 0 && !runtime.quitting) {
      windowHooks.lastWindowClosed()
    }
  }

  snapshot(): WindowState {
    return {
      id: this.id,
      url: this.webContents.getURL(),
      title: this.title,
      visible: this.isVisible(),
      focused: this.focused,
      destroyed: this.destroyed,
      shownWith: this.shownWith,
      webPreferences: { ...this.webPreferences },
      bounds: { ...this.bounds },
      options: {
        focusable: this.focusable,
        alwaysOnTop: this.alwaysOnTop,
        skipTaskbar: this.skipTaskbar,
      },
    }
  }

  /** Windows only: the user is logging off or shutting down. */
  sessionEnd(): void {
    this.emit('session-end', electronEvent({ reasons: ['shutdown'] }))
  }
}

export function destroyAllWindows(): void {
  for (const window of [...windows]) window.destroy()
}
