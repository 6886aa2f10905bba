import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import { assertReady, electronEvent } from './runtime'

// BaseWindow without web contents: Loosen keeps a hidden one on Windows while it waits in the
// tray, so that `session-end` reaches it at log-off.

export const baseWindows: StandInBaseWindow[] = []

export class StandInBaseWindow extends EventEmitter {
  private destroyed = false
  readonly visible: boolean

  constructor(options: Electron.BaseWindowConstructorOptions = {}) {
    super()
    assertReady('new BaseWindow')
    this.visible = options.show !== false
    baseWindows.push(this)
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  close(): void {
    this.destroy()
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    baseWindows.splice(baseWindows.indexOf(this), 1)
    this.emit('closed')
  }

  sessionEnd(): void {
    this.emit('session-end', electronEvent({ reasons: ['shutdown'] }))
  }
}
