import { z } from 'zod'
import { settingsGroup } from './define'

export const coreSettings = settingsGroup({
  shape: {
    firstRunAcknowledged: z.boolean(),
    theme: z.enum(['system', 'light', 'dark']),
    reduceMotion: z.enum(['system', 'always', 'never']),
    showStreaks: z.boolean(),
  },
  defaults: {
    firstRunAcknowledged: false,
    theme: 'system',
    reduceMotion: 'system',
    showStreaks: true,
  },
})
