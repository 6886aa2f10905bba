import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Electron from 'electron'
import { baseWindows } from './base-window'
import { destroyAllWindows, StandInBrowserWindow, windowHooks } from './browser-window'
import { closeChromium } from './chromium-host'
import { uninstallClock } from './clock'
import { getLoginItemSettings, setLoginItemSettings } from './login-items'
import {
  assertReady,
  config,
  electronEvent,
  isPlatform,
  report,
  runtime,
  violation,
} from './runtime'
import { handOver, hasLock, releaseLock, requestLock } from './single-instance'

// `app` with Electron's documented order of events:
//   app.quit(): before-quit → each window's close (vetoable) and closed → will-quit → quit.
//   window-all-closed is emitted when the last window closes outside a quit; without a listener
//   the app quits. app.exit() skips all of that. Platform-only methods exist only on their
//   platform (setAppUserModelId on Windows; login items on macOS and Windows; dock on macOS).

type PathName = Parameters<Electron.App['getPath']>[0]

const manifest = JSON.parse(readFileSync(join(config.appPath, 'package.json'), 'utf8')) as {
  name: string
  productName?: string
  version: string
}

/** What the OS reports as the person's languages: the launch's `languages`, else US English. */
function systemLanguages(): readonly string[] {
  return config.languages && config.languages.length > 0 ? config.languages : ['en-US']
}

class StandInApp extends EventEmitter {
  readonly isPackaged = config.isPackaged
  readonly commandLine = {
    appendSwitch: (_name: string, _value?: string) => undefined,
    hasSwitch: () => false,
  }
  private readyPromise: Promise<void>
  private markReady: () => void = () => undefined
  private paths = new Map<string, string>()
  private exited = false
  appUserModelId: string | null = null

  constructor() {
    super()
    this.readyPromise = new Promise((resolve) => (this.markReady = resolve))
    this.paths.set('userData', config.userData)
    windowHooks.webContentsCreated = (contents) => {
      this.emit('web-contents-created', electronEvent(), contents)
    }
    windowHooks.quitRequested = () => this.quit()
    windowHooks.lastWindowClosed = () => {
      if (this.listenerCount('window-all-closed') > 0) {
        runtime.appEvents.push('window-all-closed')
        this.emit('window-all-closed')
      } else this.quit()
    }
  }

  /** Called by the stand-in's boot once the app's entry has run its first tick. */
  becomeReady(): void {
    runtime.ready = true
    runtime.appEvents.push('ready')
    this.emit('will-finish-launching')
    this.emit('ready', electronEvent(), {})
    this.markReady()
  }

  whenReady(): Promise<void> {
    return this.readyPromise
  }
  isReady(): boolean {
    return runtime.ready
  }
  getName(): string {
    return manifest.productName ?? manifest.name
  }
  get name(): string {
    return this.getName()
  }
  getVersion(): string {
    return manifest.version
  }
  getAppPath(): string {
    return config.appPath
  }
  /**
   * Chromium's application locale, from the system's first language. Electron documents that
   * it must be called after ready (before it, the locale is not loaded yet).
   */
  getLocale(): string {
    assertReady('app.getLocale()')
    return systemLanguages()[0] ?? 'en-US'
  }
  /** The system's preferred languages, best first; Electron sets no ready rule for this one. */
  getPreferredSystemLanguages(): string[] {
    return [...systemLanguages()]
  }
  getPath(name: PathName): string {
    const known = this.paths.get(name)
    if (known) return known
    switch (name) {
      case 'home':
        return homedir()
      case 'temp':
        return tmpdir()
      case 'appData':
        return join(config.userData, '..')
      case 'logs':
        return join(config.userData, 'logs')
      case 'sessionData':
        return config.userData
      default:
        throw violation(`app.getPath('${name}') is not provided by the stand-in`)
    }
  }
  setPath(name: PathName, path: string): void {
    this.paths.set(name, path)
  }
  focus(): void {}

  requestSingleInstanceLock(): boolean {
    return requestLock((argv, cwd) => {
      runtime.appEvents.push('second-instance')
      this.emit('second-instance', electronEvent(), argv, cwd, {})
    })
  }
  hasSingleInstanceLock(): boolean {
    return hasLock()
  }
  releaseSingleInstanceLock(): void {
    releaseLock()
  }

  quit(): void {
    if (runtime.quitting || this.exited) return
    const beforeQuit = electronEvent()
    runtime.appEvents.push('before-quit')
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    runtime.quitting = true
    for (const window of StandInBrowserWindow.getAllWindows()) {
      if (!window.close()) {
        // A window refused to close: the quit is cancelled, as in Electron.
        runtime.quitting = false
        return
      }
    }
    for (const window of [...baseWindows]) window.close()
    const willQuit = electronEvent()
    runtime.appEvents.push('will-quit')
    this.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) {
      runtime.quitting = false
      return
    }
    runtime.appEvents.push('quit')
    this.emit('quit', electronEvent(), 0)
    void this.shutDown(0)
  }

  exit(code = 0): void {
    runtime.appEvents.push(`exit(${code})`)
    destroyAllWindows()
    for (const window of [...baseWindows]) window.destroy()
    void this.shutDown(code)
  }

  /**
   * Closes what the stand-in itself holds, then lets Node exit on its own: a timer or handle the
   * app left open keeps the process alive, and the test sees it in `activeResources`.
   */
  private async shutDown(code: number): Promise<void> {
    if (this.exited) return
    this.exited = true
    process.exitCode = code
    await handOver
    await closeChromium()
    releaseLock()
    const pendingTimers = uninstallClock()
    report({
      type: 'quit-done',
      activeResources: process.getActiveResourcesInfo(),
      pendingTimers,
      appEvents: [...runtime.appEvents],
      dialogs: [...runtime.dialogs],
    })
    if (process.channel) process.channel.unref()
  }
}

export const app = new StandInApp()

/** Methods that exist only on some platforms, as in Electron's bindings. */
export function addPlatformMethods(): void {
  const target = app as unknown as Record<string, unknown>
  if (isPlatform('win32')) {
    target['setAppUserModelId'] = (id: string) => {
      app.appUserModelId = id
    }
  }
  if (isPlatform('darwin', 'win32')) {
    target['setLoginItemSettings'] = setLoginItemSettings
    target['getLoginItemSettings'] = getLoginItemSettings
  }
  if (isPlatform('darwin')) {
    target['dock'] = {
      hide: () => undefined,
      show: () => Promise.resolve(),
      setBadge: () => undefined,
    }
  }
}
