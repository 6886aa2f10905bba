import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import type { NotificationState } from '../messages'
import { assertReady, config, electronEvent, isPlatform, violation } from './runtime'

// Native notifications with each platform's documented behaviour:
// - macOS refuses an unsigned or ad-hoc signed app's notifications: `failed` is emitted.
// - Windows: a toast's `close` fires when it times out, yet it stays in the Action Center and
//   can be clicked there later; the click reaches the app only while the Notification object
//   is still referenced, or through Notification.handleActivation.
// - Linux: no action buttons.

interface Delivered {
  id: number
  title: string
  body: string
  actions: string[]
  object: WeakRef<StandInNotification>
  delivered: boolean
}

let nextId = 1
export const deliveredNotifications: Delivered[] = []
let activationHandler: ((details: Electron.ActivationArguments) => void) | null = null

export class StandInNotification extends EventEmitter {
  readonly title: string
  readonly body: string
  readonly actions: Electron.NotificationAction[]
  private record: Delivered | null = null

  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super()
    assertReady('new Notification')
    this.title = options.title ?? ''
    this.body = options.body ?? ''
    this.actions = isPlatform('linux') ? [] : (options.actions ?? [])
  }

  static isSupported(): boolean {
    return true
  }

  show(): void {
    if (this.record) this.record.delivered = false
    this.record = {
      id: nextId++,
      title: this.title,
      body: this.body,
      actions: this.actions.map((action) => action.text ?? ''),
      object: new WeakRef(this),
      delivered: true,
    }
    deliveredNotifications.push(this.record)
    const record = this.record
    setImmediate(() => {
      if (isPlatform('darwin') && !config.macSigned) {
        record.delivered = false
        this.emit('failed', electronEvent(), 'Notifications are not allowed for this application')
        return
      }
      this.emit('show', electronEvent())
    })
  }

  close(): void {
    if (!this.record) return
    this.record.delivered = false
    this.emit('close', electronEvent())
  }
}

export const NotificationStatics = {
  handleActivation(callback: (details: Electron.ActivationArguments) => void): void {
    activationHandler = callback
  },
}

/** `handleActivation` exists on Windows only. */
export function notificationClass(): typeof StandInNotification {
  if (isPlatform('win32')) Object.assign(StandInNotification, NotificationStatics)
  return StandInNotification
}

function find(id: number): Delivered {
  const record = deliveredNotifications.find((entry) => entry.id === id)
  if (!record) throw new Error(`No notification #${id} was shown`)
  return record
}

/** A person acts on a notification (or the OS times it out). */
export function actOnNotification(
  id: number,
  act: 'click' | 'action' | 'close' | 'timeout' | 'action-center-click',
  actionIndex = 0,
): { reachedApp: boolean } {
  const record = find(id)
  const object = record.object.deref()
  switch (act) {
    case 'timeout':
      // The toast leaves the screen; on Windows it stays in the Action Center.
      if (!isPlatform('win32')) record.delivered = false
      object?.emit('close', electronEvent())
      return { reachedApp: object !== undefined }
    case 'close':
      record.delivered = false
      object?.emit('close', electronEvent())
      return { reachedApp: object !== undefined }
    case 'action-center-click':
      if (!isPlatform('win32')) throw violation('Only Windows keeps toasts in an Action Center')
      if (!record.delivered)
        throw new Error(`Notification #${id} is no longer in the Action Center`)
      return activate(record, object, 'click', actionIndex)
    case 'click':
    case 'action':
      if (!record.delivered) throw new Error(`Notification #${id} is not on screen`)
      if (act === 'action' && record.actions.length <= actionIndex) {
        throw new Error(`Notification #${id} has no action button ${actionIndex}`)
      }
      return activate(record, object, act, actionIndex)
  }
}

function activate(
  record: Delivered,
  object: StandInNotification | undefined,
  type: 'click' | 'action',
  actionIndex: number,
): { reachedApp: boolean } {
  record.delivered = false
  if (type === 'click') object?.emit('click', electronEvent())
  else object?.emit('action', electronEvent(), { actionIndex })
  if (activationHandler) {
    activationHandler({
      type,
      arguments: `loosen-notification=${record.id}`,
      ...(type === 'action' ? { actionIndex } : {}),
    })
  }
  return { reachedApp: object !== undefined || activationHandler !== null }
}

export function notificationStates(): NotificationState[] {
  return deliveredNotifications.map((entry) => ({
    id: entry.id,
    title: entry.title,
    body: entry.body,
    actions: entry.actions,
    referenced: entry.object.deref() !== undefined,
    delivered: entry.delivered,
  }))
}
