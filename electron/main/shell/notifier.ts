import type { NotificationConstructorOptions } from 'electron'
import { reminderTestHooks } from './test-hooks'
import { englishTranslator } from '../../shared/text/english-translator'
import { noticeActionLabels } from '../reminders/notice-labels'
import type { Notice, NoticeAction, NoticeHandlers, Notifier } from '../reminders/reminder-world'

/** A notice built without its buttons' words (a test, a tool) reads them in English. */
const englishActions = (): Record<NoticeAction, string> => noticeActionLabels(englishTranslator())

/** Notification buttons exist on macOS and Windows; on Linux a click is the way in. */
export function supportsNotificationActions(platform: string): boolean {
  return platform === 'darwin' || platform === 'win32'
}

/** The part of Electron's Notification this adapter uses (tests pass a fake). */
export interface NativeNotification {
  on(event: 'click' | 'close', listener: () => void): unknown
  on(event: 'action', listener: (details: { actionIndex: number }) => void): unknown
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown
  show(): void
  close(): void
  readonly title: string
  emit(event: string, ...args: unknown[]): boolean
}

/** Electron's Notification class, as functions: isSupported, new, and Windows' handleActivation. */
export interface NotificationApi {
  isSupported(): boolean
  create(options: NotificationConstructorOptions): NativeNotification
  handleActivation(callback: (details: { type: string; actionIndex?: number }) => void): void
}

export interface NotifierHooks {
  platform: string
  api: NotificationApi
  /** The system would not show a notice: the caller reminds another way and says so. */
  onFailed(notice: Notice, error: string): void
  /** A Windows activation with no notice in memory: Loosen was started by clicking one. */
  onOrphanActivation(): void
}

interface Shown {
  notification: NativeNotification
  notice: Notice
  handlers: NoticeHandlers
  actions: NoticeAction[]
}

/**
 * Native notifications. A notification whose object is garbage collected loses its click
 * handler, so each stays referenced until it is clicked, acted on, failed or replaced by the
 * next one; elsewhere than on Windows also until it closes.
 *
 * Windows: `close` fires when the toast times out, yet the toast stays in the Action Center and
 * can still be clicked, so `close` does not drop it. Activations arrive through
 * Notification.handleActivation, which also covers a toast whose object is gone; as Electron
 * calls it in addition to the instance's own click/action events, the instance events are not
 * listened to there. Only the latest notice is kept: showing the next one closes the previous
 * (taking it out of the Action Center), so every activation belongs to the one in memory.
 */
export function createNotifier(hooks: NotifierHooks): Notifier {
  const onWindows = hooks.platform === 'win32'
  const withActions = supportsNotificationActions(hooks.platform)
  const live = new Set<Shown>()
  let latest: Shown | null = null

  const drop = (shown: Shown) => {
    live.delete(shown)
    if (latest === shown) latest = null
  }

  const route = (shown: Shown, actionIndex: number | null) => {
    drop(shown)
    const action = actionIndex === null ? undefined : shown.actions[actionIndex]
    if (action) shown.handlers.action(action)
    else shown.handlers.click()
  }

  if (onWindows) {
    hooks.api.handleActivation((details) => {
      const shown = latest
      if (!shown) {
        hooks.onOrphanActivation()
        return
      }
      route(shown, details.type === 'action' ? (details.actionIndex ?? null) : null)
    })
  }

  return {
    show(notice: Notice, handlers: NoticeHandlers) {
      if (!hooks.api.isSupported()) {
        hooks.onFailed(notice, 'This system does not support notifications.')
        return
      }
      const actions = withActions ? notice.actions : []
      const notification = hooks.api.create({
        title: notice.title,
        body: notice.body,
        urgency: notice.kind === 'due' ? 'normal' : 'low',
        actions: actions.map((action) => ({
          type: 'button' as const,
          text: (notice.actionLabels ?? englishActions())[action],
        })),
      })
      const shown: Shown = { notification, notice, handlers, actions }
      if (onWindows && latest) {
        latest.notification.close()
        drop(latest)
      }
      live.add(shown)
      latest = shown
      reminderTestHooks.notification = notification
      notification.on('failed', (_event, error) => {
        drop(shown)
        hooks.onFailed(notice, error)
      })
      if (!onWindows) {
        notification.on('click', () => route(shown, null))
        notification.on('action', (details) => route(shown, details.actionIndex))
        notification.on('close', () => drop(shown))
      }
      notification.show()
    },
  }
}
