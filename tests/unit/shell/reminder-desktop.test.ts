import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { DESKTOP_OK } from '../../../electron/shared/contract/reminders'
import type { ReminderService } from '../../../electron/main/reminders/reminder-service'
import { englishTranslator } from '../../../electron/shared/text/english-translator'

/** What macOS reports about the login item (SMAppService status). */
const loginItem = { openAtLogin: false, status: 'not-registered' }

/** Windows' Notification statics: a click that started the app is handed over at once. */
const activation = { startedByClick: false }
class FakeNotification extends EventEmitter {
  static isSupported = () => true
  static handleActivation(callback: (details: { type: string }) => void): void {
    if (activation.startedByClick) callback({ type: 'click' })
  }
  show(): void {}
  close(): void {}
}
class FakeTray extends EventEmitter {
  setContextMenu(): void {}
  setToolTip(): void {}
  destroy(): void {}
}

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    getAppPath: () => '/app',
    getLoginItemSettings: () => ({ ...loginItem, wasOpenedAtLogin: false }),
    setLoginItemSettings: ({ openAtLogin }: { openAtLogin: boolean }) => {
      // macOS 13+ registers the item but holds it until the user allows it.
      if (openAtLogin) loginItem.status = 'requires-approval'
    },
  },
  Notification: FakeNotification,
  powerMonitor: { on: () => undefined, getSystemIdleTime: () => 0 },
  Tray: FakeTray,
  Menu: { buildFromTemplate: (items: unknown[]) => ({ items }) },
  nativeImage: { createFromPath: () => ({ setTemplateImage: () => undefined }) },
}))

const { createReminderDesktop } = await import('../../../electron/main/shell/reminder-desktop')

const service = {
  status: () => ({
    phase: 'disabled',
    now: 0,
    sittingSince: null,
    nextBreakAt: null,
    breakEndsAt: null,
    pausedUntil: null,
    pausedIndefinitely: false,
    offHoursUntil: null,
    snoozesLeft: 0,
    snoozeMin: 5,
    strict: false,
    skipsLeftToday: null,
    askPostponeReason: false,
    waitingForLullUntil: null,
    quiet: null,
    posture: null,
    idleDetection: 'working',
    notificationActions: true,
    nextDaily: null,
    desktop: DESKTOP_OK,
  }),
  power: () => undefined,
} as unknown as ReminderService

const hooks = {
  showApp: () => undefined,
  showWindow: () => undefined,
  openQuickLog: () => undefined,
  quit: () => undefined,
  desktopChanged: () => undefined,
  log: () => undefined,
}

describe('launch at login awaiting approval on macOS', () => {
  it('is reported until the user allows it in System Settings', () => {
    const { world } = createReminderDesktop({ ...hooks, platform: 'darwin' })
    world.setLaunchAtLogin(true)
    expect(world.desktopState?.().launchAtLogin).toBe('requires-approval')
    expect(world.desktopState?.().launchAtLogin).toBe('requires-approval')
    loginItem.status = 'enabled'
    expect(world.desktopState?.().launchAtLogin).toBe('ok')
  })
})

describe('a Windows notification click that started Loosen', () => {
  it('opens the Movement Break once the app is set up, not before', () => {
    activation.startedByClick = true
    const opened: unknown[] = []
    const desktop = createReminderDesktop({
      platform: 'win32',
      showApp: (...args) => opened.push(args),
      showWindow: () => undefined,
      openQuickLog: () => undefined,
      quit: () => undefined,
      desktopChanged: () => undefined,
      log: () => undefined,
    })
    expect(opened).toEqual([])
    desktop.start(service, '/tray.png', {
      current: englishTranslator,
      onChange: () => () => undefined,
      close: () => undefined,
    })
    expect(opened).toEqual([['practice', 'movement-break', true]])
    activation.startedByClick = false
  })
})
