import { z } from 'zod'
import { settingsGroup } from './define'

export const coreSettings = settingsGroup({
  shape: {
    firstRunAcknowledged: z.boolean(),
    /** The welcome was finished or skipped; About & help can still show it again. */
    onboardingDone: z.boolean(),
    theme: z.enum(['system', 'light', 'dark']),
    reduceMotion: z.enum(['system', 'always', 'never']),
    showStreaks: z.boolean(),
  },
  defaults: {
    firstRunAcknowledged: false,
    onboardingDone: false,
    theme: 'system',
    reduceMotion: 'system',
    showStreaks: true,
  },
})
