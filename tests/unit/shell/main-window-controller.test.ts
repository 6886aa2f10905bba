import { describe, expect, it } from 'vitest'
import type { LoosenEvent } from '../../../electron/shared/contract/events'
import {
  createMainWindowController,
  type ControlledWindow,
} from '../../../electron/main/shell/main-window-controller'

/** A window that records every call, and can be destroyed like a closed BrowserWindow. */
class FakeWindow implements ControlledWindow {
  calls: string[] = []
  sent: unknown[] = []
  destroyed = false
  contentsDestroyed = false
  minimized = false
  readonly webContents = {
    isDestroyed: () => this.contentsDestroyed,
    send: (channel: string, event: unknown) => {
      if (this.destroyed || this.contentsDestroyed) throw new TypeError('Object has been destroyed')
      this.sent.push([channel, event])
    },
  }
  isDestroyed = () => this.destroyed
  isMinimized = () => this.minimized
  restore = () => void this.calls.push('restore')
  show = () => void this.calls.push('show')
  showInactive = () => void this.calls.push('showInactive')
  focus = () => void this.calls.push('focus')
}

function setUp() {
  const opened: { hash: string; show: string; window: FakeWindow; close: () => void }[] = []
  const controller = createMainWindowController((hash, show, onClosed) => {
    const window = new FakeWindow()
    opened.push({ hash, show, window, close: onClosed })
    return window
  })
  return { controller, opened }
}

describe('a reminder showing the window', () => {
  it('opens a new window inactive at the screen', () => {
    const { controller, opened } = setUp()
    controller.showAt('reminders', null, false)
    expect(opened.map(({ hash, show }) => ({ hash, show }))).toEqual([
      { hash: '#/reminders', show: 'inactive' },
    ])
  })

  it('brings an existing window up with showInactive, never show() or focus()', () => {
    const { controller, opened } = setUp()
    controller.show()
    const window = opened[0]!.window
    window.calls = []
    controller.showAt('reminders', null, false)
    expect(window.calls).toEqual(['showInactive'])
  })

  it('takes focus for something the person did (tray, notification click)', () => {
    const { controller, opened } = setUp()
    controller.showAt('practice', 'movement-break', true)
    expect(opened[0]).toMatchObject({ hash: '#/practice/movement-break', show: 'focus' })
    const window = opened[0]!.window
    window.minimized = true
    controller.showAt('practice', 'movement-break', true)
    expect(window.calls).toEqual(['restore', 'show', 'focus'])
  })
})

describe('events for the page', () => {
  const changed: LoosenEvent = { type: 'reminders-changed' }

  it('are not sent to a destroyed window or web contents', () => {
    const { controller, opened } = setUp()
    controller.show()
    const window = opened[0]!.window
    window.contentsDestroyed = true
    expect(() => controller.emit(changed)).not.toThrow()
    window.destroyed = true
    expect(() => controller.emit(changed)).not.toThrow()
    expect(window.sent).toEqual([])
  })

  it('are not sent after the window closed, and the next show opens a new one', () => {
    const { controller, opened } = setUp()
    controller.show()
    opened[0]!.close()
    controller.emit(changed)
    expect(opened[0]!.window.sent).toEqual([])
    controller.show()
    expect(opened).toHaveLength(2)
  })

  it('navigate the page once when a notification click opens the Movement Break', () => {
    const { controller, opened } = setUp()
    controller.show()
    const window = opened[0]!.window
    // What ReminderService.openPractice does: emit navigate, then showApp.
    controller.emit({ type: 'navigate', screen: 'practice', practiceId: 'movement-break' })
    controller.showAt('practice', 'movement-break', true)
    expect(window.sent).toEqual([
      ['loosen:event', { type: 'navigate', screen: 'practice', practiceId: 'movement-break' }],
    ])
  })

  it('still reach a live window', () => {
    const { controller, opened } = setUp()
    controller.show()
    controller.emit(changed)
    expect(opened[0]!.window.sent).toEqual([['loosen:event', changed]])
  })
})
