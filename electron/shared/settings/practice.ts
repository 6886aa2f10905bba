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
      .string({ error: 'valid.practiceSettings.giveVoiceText' })
      .max(500, { error: 'valid.practiceSettings.voiceNameMost500' }),
    /** Offers the one-tap before/after self-rating around each session. */
    practiceAskRatings: z.boolean(),
    /**
     * Consistency instead of streaks: on how many days a week the person means to practise.
     * Four is a sensible start for a daily-ish habit that allows for busy days.
     */
    practiceWeeklyTarget: z
      .number({ error: 'valid.practiceSettings.giveWeeklyTargetNumber' })
      .int({ error: 'valid.practiceSettings.weeklyTargetWholeNumber' })
      .min(1, { error: 'valid.practiceSettings.weeklyTargetLeast1' })
      .max(7, { error: 'valid.practiceSettings.weekHas7Days' }),
    /** Resonance breathing's starting pace, breaths a minute (the rate finder can set it). */
    practiceResonancePerMin: z
      .number({ error: 'valid.practiceSettings.givePaceBreathsMinute' })
      .min(4.5, { error: 'valid.practiceSettings.slowestPace45' })
      .max(7, { error: 'valid.practiceSettings.fastestPace7Breaths' })
      .multipleOf(0.5, { error: 'valid.practiceSettings.useStepsHalfBreath' }),
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
