import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow } from '../security/electron-fakes'

// Electron cannot run here; BrowserWindow is a recording fake (tests/unit/security).
vi.mock('electron', async () => (await import('../security/electron-fakes')).fakeElectron)

const { createMainWindow } = await import('../../../electron/main/shell/main-window')
const { openQuickLogWindow } = await import('../../../electron/main/shell/quick-log-window')

const common = { preloadFile: '/p.js', isAppUrl: () => true, iconFile: '/i.png' }

function mainWindow(show: 'focus' | 'inactive', onSessionEnd: () => void = () => undefined) {
  createMainWindow({ ...common, startUrl: 'app://loosen/index.html', show, onSessionEnd })
  return FakeBrowserWindow.created.at(-1)!
}

function quickLogWindow(onSessionEnd: () => void = () => undefined) {
  openQuickLogWindow({ ...common, url: 'app://loosen/index.html#/quick-log', onSessionEnd })
  return FakeBrowserWindow.created.at(-1)!
}

beforeEach(() => {
  FakeBrowserWindow.created = []
})

describe('the main window', () => {
  it('opened for a reminder appears without taking focus', () => {
    const window = mainWindow('inactive')
    expect(window.options['show']).toBe(false)
    window.fire('ready-to-show')
    expect(window.shown).toEqual(['showInactive'])
  })

  it('opened by the person takes focus', () => {
    const window = mainWindow('focus')
    window.fire('ready-to-show')
    expect(window.shown).toEqual(['show'])
  })
})

describe('every window', () => {
  it('turns spellcheck off (no dictionary downloads)', () => {
    for (const window of [mainWindow('focus'), quickLogWindow()]) {
      const preferences = window.options['webPreferences'] as Record<string, unknown>
      expect(preferences['spellcheck']).toBe(false)
    }
  })

  it('ends the run on session-end, as Windows logoff skips before-quit and will-quit', () => {
    const ended: string[] = []
    mainWindow('focus', () => ended.push('main')).fire('session-end')
    quickLogWindow(() => ended.push('quick-log')).fire('session-end')
    expect(ended).toEqual(['main', 'quick-log'])
  })
})
