import type { Menu, Notification } from 'electron'

/**
 * The last tray menu and notification, so tests/electron can click them the way a person would.
 * Reachable from outside only when Loosen is started with LOOSEN_TEST_HOOKS=1.
 */
export const reminderTestHooks: {
  menu: Pick<Menu, 'items'> | null
  notification: Pick<Notification, 'emit' | 'title'> | null
} = {
  menu: null,
  notification: null,
}

export function exposeReminderTestHooks(): void {
  if (process.env['LOOSEN_TEST_HOOKS'] !== '1') return
  Object.assign(globalThis, { __loosenReminders: reminderTestHooks })
}
