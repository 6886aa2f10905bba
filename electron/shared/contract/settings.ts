import { z } from 'zod'
import { channel } from './channel'
import { settingsPatchSchema, type Settings } from '../settings/schema'

export const settingsChannels = {
  'settings:get': channel<Settings>()(z.undefined()),
  'settings:update': channel<Settings>()(settingsPatchSchema),
  'settings:reset': channel<Settings>()(z.undefined()),
}
