import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { reminderStatus } from '../../support/reminder-status'
import { applicationMenuTemplate } from '../../../electron/main/shell/app-menu'

class FakeTray extends EventEmitter {
  static created: FakeTray[] = []
  constructor() {
    super()
    FakeTray.created.push(this)
  }
  setContextMenu(): void {}
  setToolTip(): void {}
  setTitle(): void {}
  destroy(): void {}
}

vi.mock('electron', () => ({
  Tray: FakeTray,
  Menu: { buildFromTemplate: (items: unknown[]) => ({ items }) },
  nativeImage: { createFromPath: () => ({ setTemplateImage: () => undefined }) },
}))

const { createReminderTray } = await import('../../../electron/main/shell/tray')

const status: ReminderStatus = reminderStatus(0, {
  sittingSince: 0,
  nextBreakAt: 45 * 60_000,
  notificationActions: true,
})

describe('the application menu of a packaged Loosen', () => {
  it('has no Reload or developer tools anywhere', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      const text = JSON.stringify(applicationMenuTemplate(platform, true))
      expect(text, platform).not.toMatch(/reload|forceReload|toggleDevTools/i)
    }
  })

  it('keeps the app menu (Quit) and the Edit menu (copy, paste, undo) on macOS', () => {
    const roles = applicationMenuTemplate('darwin', true)?.map((item) => item.role)
    expect(roles).toContain('appMenu')
    expect(roles).toContain('editMenu')
  })

  it('is removed on Windows and Linux, where the shortcuts need no menu', () => {
    expect(applicationMenuTemplate('win32', true)).toBeNull()
    expect(applicationMenuTemplate('linux', true)).toBeNull()
  })

  it('stays Electron’s default (with developer tools) in development', () => {
    expect(applicationMenuTemplate('linux', false)).toBeUndefined()
  })
})

describe('the tray icon', () => {
  function tray(platform: string) {
    const opened: string[] = []
    createReminderTray({
      iconFile: '/tray.png',
      platform,
      status,
      act: () => undefined,
      open: () => opened.push('open'),
    })
    return { icon: FakeTray.created.at(-1)!, opened }
  }

  it('opens the window on a left click on Windows', () => {
    const { icon, opened } = tray('win32')
    icon.emit('click', {}, { x: 0, y: 0, width: 16, height: 16 }, { x: 0, y: 0 })
    expect(opened).toEqual(['open'])
  })

  it('leaves clicks to the menu elsewhere', () => {
    for (const platform of ['darwin', 'linux']) {
      expect(tray(platform).icon.listenerCount('click'), platform).toBe(0)
    }
  })
})
