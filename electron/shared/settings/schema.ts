import { z } from 'zod'
import { coreSettings } from './core'
import { logSettings } from './log'
import { practiceSettings } from './practice'
import { reminderSettings } from './reminders'

/**
 * All settings, flat and keyed by name. Each domain owns a group file beside this one;
 * a stored value that no longer fits its schema falls back to the default for that key alone.
 */
export const settingsShape = {
  ...coreSettings.shape,
  ...practiceSettings.shape,
  ...reminderSettings.shape,
  ...logSettings.shape,
}

export const defaultSettings = {
  ...coreSettings.defaults,
  ...practiceSettings.defaults,
  ...reminderSettings.defaults,
  ...logSettings.defaults,
}

export const settingsSchema = z.object(settingsShape).strict()

export type Settings = z.output<typeof settingsSchema>
export type SettingKey = keyof Settings

export const settingsPatchSchema = settingsSchema
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'There is nothing to change.' })

export type SettingsPatch = Partial<Settings>

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingsShape, key)
}
