import { Notification } from 'electron'
import { reminderTestHooks } from './test-hooks'
import type { Notice, NoticeAction, NoticeHandlers, Notifier } from '../reminders/reminder-world'

const ACTION_TEXT: Record<NoticeAction, string> = {
  'start-break': 'Start break',
  snooze: 'Snooze',
}

/** Notification buttons exist on macOS and Windows; on Linux a click is the way in. */
export function supportsNotificationActions(platform: string): boolean {
  return platform === 'darwin' || platform === 'win32'
}

/** Native notifications. Each is kept referenced until closed, or its click handler is lost. */
export function createElectronNotifier(platform: string): Notifier {
  const live = new Set<Notification>()
  const withActions = supportsNotificationActions(platform)
  return {
    show(notice: Notice, on: NoticeHandlers) {
      if (!Notification.isSupported()) return
      const actions = withActions ? notice.actions : []
      const notification = new Notification({
        title: notice.title,
        body: notice.body,
        urgency: notice.kind === 'due' ? 'normal' : 'low',
        actions: actions.map((action) => ({ type: 'button' as const, text: ACTION_TEXT[action] })),
      })
      live.add(notification)
      reminderTestHooks.notification = notification
      notification.on('click', () => on.click())
      notification.on('action', (details) => {
        const action = actions[details.actionIndex]
        if (action) on.action(action)
      })
      notification.on('close', () => live.delete(notification))
      notification.show()
    },
  }
}
