import { settingsGroup } from './define'

/** Settings owned by the reminders feature. */
export const reminderSettings = settingsGroup({
  shape: {},
  defaults: {},
})
