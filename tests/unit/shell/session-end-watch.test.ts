import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

class FakeBaseWindow extends EventEmitter {
  static created: FakeBaseWindow[] = []
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBaseWindow.created.push(this)
  }
}

vi.mock('electron', () => ({ BaseWindow: FakeBaseWindow }))

const { watchSessionEnd } = await import('../../../electron/main/shell/session-end-watch')

describe('logoff and shutdown on Windows while Loosen waits in the tray', () => {
  it('are heard by a hidden, empty window that runs the shutdown', () => {
    let ended = 0
    watchSessionEnd('win32', () => ended++)
    const sentinel = FakeBaseWindow.created.at(-1)!
    expect(sentinel.options).toMatchObject({ show: false, skipTaskbar: true, focusable: false })
    sentinel.emit('session-end', {})
    expect(ended).toBe(1)
  })

  it('need no such window elsewhere (will-quit comes there)', () => {
    const before = FakeBaseWindow.created.length
    expect(watchSessionEnd('darwin', () => undefined)).toBeNull()
    expect(watchSessionEnd('linux', () => undefined)).toBeNull()
    expect(FakeBaseWindow.created.length).toBe(before)
  })
})
