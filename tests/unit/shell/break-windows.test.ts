import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow } from '../security/electron-fakes'

// Electron cannot run here: BrowserWindow is the recording fake with destroy(), and screen an
// event emitter with the displays the test sets.

const made: Window[] = []

class Window extends FakeBrowserWindow {
  destroyed = false
  constructor(options: Record<string, unknown>) {
    super(options)
    made.push(this)
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  destroy(): void {
    this.destroyed = true
    this.fire('closed')
  }
}

const display = (id: number, x: number) => ({
  id,
  bounds: { x, y: 0, width: 1920, height: 1080 },
  workArea: { x, y: 0, width: 1920, height: 1040 },
})

const screen = Object.assign(new EventEmitter(), {
  displays: [display(1, 0), display(2, 1920)],
  cursor: { x: 2000, y: 10 },
  getAllDisplays: () => screen.displays,
  getPrimaryDisplay: () => screen.displays[0],
  getCursorScreenPoint: () => screen.cursor,
})

vi.mock('electron', () => ({ BrowserWindow: Window, screen }))

const { createBreakWindows } = await import('../../../electron/main/shell/break-windows')

function setUp() {
  const logged: string[] = []
  const windows = createBreakWindows({
    url: 'app://loosen/index.html#/break',
    preloadFile: '/p.js',
    isAppUrl: (url) => url.startsWith('app://loosen/'),
    iconFile: '/i.png',
    log: (message) => logged.push(message),
  })
  const open = () => made.filter((w) => !w.destroyed)
  return { windows, open, logged }
}

beforeEach(() => {
  FakeBrowserWindow.created = []
  made.length = 0
  screen.removeAllListeners()
  screen.displays = [display(1, 0), display(2, 1920)]
})

describe('the break windows', () => {
  it('one per display, hardened, shown without focus once ready, navigation locked', () => {
    const { windows, open } = setUp()
    windows.open('all')
    expect(open()).toHaveLength(2)
    for (const w of open()) {
      expect(w.options).toMatchObject({ show: false, alwaysOnTop: true, skipTaskbar: true })
      expect(w.options['webPreferences']).toMatchObject({
        preload: '/p.js',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        spellcheck: false,
      })
      expect(w.loadedUrl).toBe('app://loosen/index.html#/break')
      w.fire('ready-to-show')
      expect(w.shown).toEqual(['showInactive'])
      expect(w.webContents.fire('will-navigate', 'https://example.com/')).toBe(true)
      expect(w.webContents.windowOpenHandler?.({ url: 'app://loosen/x' })).toEqual({
        action: 'deny',
      })
    }
    expect(open().map((w) => w.options['x'])).toEqual([750, 2670])
    expect(windows.contents()).toHaveLength(2)
  })

  it('a repeated reminder opens no second window on a display', () => {
    const { windows, open } = setUp()
    windows.open('all')
    windows.open('all')
    expect(open()).toHaveLength(2)
    windows.open('cursor')
    expect(open()).toHaveLength(2)
  })

  it('on the display with the pointer only, and it stays put when the reminder repeats', () => {
    const { windows, open } = setUp()
    windows.open('cursor')
    expect(open().map((w) => w.options['x'])).toEqual([2670])
    screen.cursor = { x: 10, y: 10 }
    windows.open('cursor')
    expect(open()).toHaveLength(1)
  })

  it('closes everywhere at once, and follows displays plugged in or out while open', () => {
    const { windows, open } = setUp()
    windows.open('all')
    const [, second] = open()
    screen.displays = [display(1, 0)]
    screen.emit('display-removed', {}, display(2, 1920))
    expect(second?.destroyed).toBe(true)
    screen.displays = [display(1, 0), display(3, -1920)]
    screen.emit('display-added', {}, display(3, -1920))
    expect(open().map((w) => w.options['x'])).toEqual([750, -1170])
    windows.close()
    expect(open()).toEqual([])
    expect(windows.contents()).toEqual([])
    // Closed: a display plugged in now opens nothing.
    screen.emit('display-added', {}, display(4, 3840))
    expect(open()).toEqual([])
  })

  it('a window closed before it was ready is not shown and nothing is logged', async () => {
    const { windows, open, logged } = setUp()
    windows.open('all')
    const [first] = open()
    windows.close()
    first?.fire('ready-to-show')
    expect(first?.shown).toEqual([])
    await Promise.resolve()
    expect(logged).toEqual([])
  })
})
