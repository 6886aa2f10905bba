import { settingsGroup } from './define'

/** Settings owned by the practice feature. */
export const practiceSettings = settingsGroup({
  shape: {},
  defaults: {},
})
