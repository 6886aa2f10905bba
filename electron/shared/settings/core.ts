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
    /**
     * `system` follows the system's preferred languages; otherwise a catalogue's tag from
     * `locales/` (a tag Loosen does not ship reads English).
     */
    language: z
      .string()
      .max(35)
      .regex(
        /^(system|[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?)$/,
        'Choose a language from the list.',
      ),
  },
  defaults: {
    firstRunAcknowledged: false,
    onboardingDone: false,
    theme: 'system',
    reduceMotion: 'system',
    showStreaks: true,
    language: 'system',
  },
})
