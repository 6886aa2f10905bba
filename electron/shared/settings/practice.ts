import { z } from 'zod'
import { settingsGroup } from './define'

/** A sound's volume: silent to full. */
export const VOLUME_MIN = 0
export const VOLUME_MAX = 1

const volume = z.number().min(VOLUME_MIN).max(VOLUME_MAX)

/** Settings owned by the practice feature. */
export const practiceSettings = settingsGroup({
  shape: {
    /** Bells (start, interval, end) have a volume of their own, apart from breathing cues. */
    practiceBellVolume: volume,
    practiceCueVolume: volume,
    /** Silences every sound in a session; words and pacer carry on. */
    practiceMuted: z.boolean(),
    /** Soft sounds at each in- and out-breath. Off by default: not everyone wants them. */
    practiceBreathCues: z.boolean(),
    /** Reads the instructions aloud where the system has voices. Off by default. */
    practiceSpeech: z.boolean(),
    /**
     * The system voice that reads aloud, by its voiceURI; empty means the system's default.
     * A voice uninstalled later is not an error: speech falls back to the default.
     */
    practiceVoice: z
      .string({ error: 'Give the voice as text.' })
      .max(500, { error: 'A voice name is at most 500 characters.' }),
    /** Offers the one-tap before/after self-rating around each session. */
    practiceAskRatings: z.boolean(),
    /**
     * Consistency instead of streaks: on how many days a week the person means to practise.
     * Four is a sensible start for a daily-ish habit that allows for busy days.
     */
    practiceWeeklyTarget: z
      .number({ error: 'Give the weekly target as a number of days.' })
      .int({ error: 'The weekly target is a whole number of days.' })
      .min(1, { error: 'The weekly target is at least 1 day.' })
      .max(7, { error: 'A week has 7 days: choose 1 to 7.' }),
    /** Resonance breathing's starting pace, breaths a minute (the rate finder can set it). */
    practiceResonancePerMin: z
      .number({ error: 'Give the pace in breaths a minute.' })
      .min(4.5, { error: 'The slowest pace is 4.5 breaths a minute.' })
      .max(7, { error: 'The fastest pace is 7 breaths a minute.' })
      .multipleOf(0.5, { error: 'Use steps of half a breath a minute.' }),
  },
  defaults: {
    practiceBellVolume: 0.7,
    practiceCueVolume: 0.4,
    practiceMuted: false,
    practiceBreathCues: false,
    practiceSpeech: false,
    practiceVoice: '',
    practiceAskRatings: true,
    practiceWeeklyTarget: 4,
    practiceResonancePerMin: 6,
  },
})
