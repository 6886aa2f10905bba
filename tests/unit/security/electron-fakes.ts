import { vi } from 'vitest'

/** Listeners a fake WebContents collected, so a test can fire Electron's events by hand. */
export class FakeWebContents {
  readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>()
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null

  on(name: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }

  /** Fires an event the way Electron does and says whether a listener prevented it. */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false
    const event = { preventDefault: () => (prevented = true) }
    for (const listener of this.listeners.get(name) ?? []) listener(event, ...args)
    return prevented
  }
}

export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  readonly listeners = new Map<string, (() => void)[]>()
  loadedUrl: string | null = null
  /** How the window was shown: 'show' takes focus, 'showInactive' does not. */
  readonly shown: ('show' | 'showInactive')[] = []

  constructor(readonly options: Record<string, unknown>) {
    FakeBrowserWindow.created.push(this)
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return Promise.resolve()
  }

  once(name: string, listener: () => void): this {
    return this.on(name, listener)
  }

  on(name: string, listener: () => void): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }

  /** Fires a window event (ready-to-show, session-end…) the way Electron would. */
  fire(name: string): void {
    for (const listener of this.listeners.get(name) ?? []) listener()
  }

  show(): void {
    this.shown.push('show')
  }

  showInactive(): void {
    this.shown.push('showInactive')
  }
}

export const fakeProtocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
    fakeProtocol.privileged.push(...schemes)
  }),
  handle: vi.fn((scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
    fakeProtocol.handlers.set(scheme, handler)
  }),
}

export const fakeElectron = {
  BrowserWindow: FakeBrowserWindow,
  nativeTheme: { shouldUseDarkColors: false },
  protocol: fakeProtocol,
}
