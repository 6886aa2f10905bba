import { EventEmitter } from 'node:events'
import type { NotificationConstructorOptions } from 'electron'
import type { NotificationApi } from '../../../electron/main/shell/notifier'

/** A native notification that records what was done to it; tests fire its events by hand. */
export class FakeNotification extends EventEmitter {
  shown = 0
  closed = 0
  constructor(readonly options: NotificationConstructorOptions) {
    super()
  }
  get title(): string {
    return this.options.title ?? ''
  }
  show(): void {
    this.shown++
  }
  close(): void {
    this.closed++
  }
}

/** Electron's Notification statics, faked: what was created and the activation callback. */
export function fakeNotificationApi(supported = true) {
  const created: FakeNotification[] = []
  let activation: ((details: { type: string; actionIndex?: number }) => void) | null = null
  const api: NotificationApi = {
    isSupported: () => supported,
    create: (options) => {
      const notification = new FakeNotification(options)
      created.push(notification)
      return notification
    },
    handleActivation: (callback) => {
      activation = callback
    },
  }
  return {
    api,
    created,
    /** What Windows does when a toast (or its button) is clicked, in the toast or Action Center. */
    activate: (details: { type: string; actionIndex?: number }) => {
      if (!activation) throw new Error('handleActivation was never called')
      activation(details)
    },
    hasActivationHandler: () => activation !== null,
  }
}
