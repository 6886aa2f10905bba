import fc from 'fast-check'
import type { CueSetting } from '../../../electron/shared/settings/reminders'

/**
 * Valid request values, written by hand from the product's rules (README, docs/export-format.md,
 * the screens), never derived from the zod schemas that main validates with.
 */

export const REGIONS = [
  'left-front-hip',
  'right-front-hip',
  'left-groin',
  'right-groin',
  'left-buttock',
  'right-buttock',
  'sacrum',
  'lower-back',
  'pelvic-floor',
] as const

export const tension = fc.integer({ min: 0, max: 10 })

/** Well-formed text of any script, emoji included (whole graphemes, so no lone surrogates). */
export const text = (minLength: number, maxLength: number) =>
  fc.string({ unit: 'grapheme', minLength, maxLength })

/** Text as stored after trimming: no surrounding white space, not empty. */
export const trimmedText = (maxLength: number) =>
  text(1, maxLength).filter((s) => s.trim() === s && s.length > 0 && s.length <= maxLength)

export const tag = trimmedText(40).filter((s) => !s.includes('|'))

export const tags = fc.uniqueArray(tag, { maxLength: 5 })

export const note = text(0, 120)

export const regions = fc
  .subarray([...REGIONS])
  .chain((names) => fc.tuple(...names.map(() => tension)).map((values) => [names, values] as const))
  .map(([names, values]) => Object.fromEntries(names.map((name, i) => [name, values[i]])))

/** Up to about four months before `now`, to the millisecond. */
export const pastOffset = fc.integer({ min: 0, max: 120 * 86_400_000 })

const clock = (hours: [number, number]) =>
  fc
    .tuple(fc.integer({ min: hours[0], max: hours[1] }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)

type Range = { start: string; end: string }

const workingDay = fc.oneof(
  fc.constant<Range[]>([]),
  fc.tuple(clock([6, 9]), clock([12, 12])).map(([start, end]) => [{ start, end }]),
  fc.tuple(clock([6, 9]), clock([13, 16])).map(([start, end]) => [
    { start, end: '12:00' },
    { start: '12:30', end },
  ]),
)

const dailyReminder = (id: string) =>
  fc.record({
    id: fc.constant(id),
    time: clock([0, 23]),
    days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    label: trimmedText(60),
    practiceId: fc.constantFrom(null, 'body-scan-10', 'movement-break'),
  })

const ranged = (min: number, max: number) => fc.integer({ min, max })
const volume = fc.double({ min: 0, max: 1, noNaN: true })

/** One valid value per setting the Settings and Reminders screens offer. */
const SETTING_VALUES = {
  firstRunAcknowledged: fc.boolean(),
  onboardingDone: fc.boolean(),
  theme: fc.constantFrom('system', 'light', 'dark'),
  // The system's languages, or a language tag as Settings offers them (region and script too).
  language: fc.constantFrom('system', 'en', 'de', 'es', 'fr', 'pt-BR', 'de-AT', 'zh-Hant-TW'),
  reduceMotion: fc.constantFrom('system', 'always', 'never'),
  showStreaks: fc.boolean(),
  practiceBellVolume: volume,
  practiceCueVolume: volume,
  practiceMuted: fc.boolean(),
  practiceBreathCues: fc.boolean(),
  practiceSpeech: fc.boolean(),
  practiceVoice: fc.constantFrom('', 'Alex', 'urn:moz-tts:speechd:English%20(America)?en'),
  practiceAskRatings: fc.boolean(),
  practiceWeeklyTarget: ranged(1, 7),
  practiceResonancePerMin: fc.constantFrom(4.5, 5, 5.5, 6, 6.5, 7),
  remindersEnabled: fc.boolean(),
  remindersIntervalMin: ranged(20, 120),
  remindersBreakMin: ranged(1, 15),
  remindersNaturalBreakMin: ranged(1, 30),
  remindersHeadsUpSec: ranged(0, 300),
  remindersSnoozeMin: fc.constantFrom(5, 10),
  remindersSnoozeLimit: ranged(0, 5),
  remindersStyle: fc.constantFrom('notification', 'window', 'window-only'),
  remindersWindowDisplays: fc.constantFrom('all', 'cursor'),
  remindersSitStandMin: fc.constantFrom(0, 15, 30, 120),
  remindersCues: fc
    .boolean()
    .map((on): CueSetting[] =>
      on
        ? [{ id: 'cue-1', trigger: 'call-end', awayMin: 10, action: 'movement', practiceId: null }]
        : [],
    ),
  remindersWorkingHoursOn: fc.boolean(),
  remindersWorkingHours: fc.array(workingDay, { minLength: 7, maxLength: 7 }),
  remindersDaily: fc
    .integer({ min: 0, max: 3 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => dailyReminder(`daily-${i}`)))),
  remindersLaunchAtLogin: fc.boolean(),
  logCustomTags: tags,
  logInsightsRange: fc.constantFrom('30', '90', '365', 'all'),
}

export const settingsPatch = fc.record(SETTING_VALUES, { requiredKeys: [] })

/** A change on the Settings screen that is not about break reminders (look, sounds, tags). */
export const otherSettingsPatch = fc.record(
  Object.fromEntries(
    Object.entries(SETTING_VALUES).filter(([key]) => !key.startsWith('reminders')),
  ) as Omit<typeof SETTING_VALUES, `reminders${string}`>,
  { requiredKeys: [] },
)

export const breathingBody = fc.record({
  inhale: ranged(1, 20),
  topUp: ranged(0, 5),
  holdIn: ranged(0, 20),
  exhale: ranged(1, 30),
  holdOut: ranged(0, 20),
  lengthMin: ranged(1, 60),
})

export const timerBody = fc.record({
  warmUpS: ranged(0, 300),
  lengthMin: fc.option(ranged(1, 180), { nil: null }),
  intervalMin: fc.option(ranged(1, 60), { nil: null }),
  startBell: fc.boolean(),
  endBell: fc.boolean(),
})

export const customPractice = fc.oneof(
  fc.record({
    kind: fc.constant('breathing' as const),
    name: trimmedText(60),
    body: breathingBody,
  }),
  fc.record({ kind: fc.constant('timer' as const), name: trimmedText(60), body: timerBody }),
)

export const practiceIds = fc.constantFrom(
  'body-scan-10',
  'constructive-rest',
  'breathing-box',
  'open-timer',
  'custom-mine',
)
