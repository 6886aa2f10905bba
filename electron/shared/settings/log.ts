import { settingsGroup } from './define'

/** Settings owned by the log feature. */
export const logSettings = settingsGroup({
  shape: {},
  defaults: {},
})
