import { zodMessage } from '../text/phrase'
import { z } from 'zod'
import { minuteOfDay } from '../reminders/zoned-time'
import { settingsGroup } from './define'

/** The bounds of each numeric reminder setting (minutes, or seconds for the heads-up). */
export const REMINDER_NUMBER_BOUNDS = {
  remindersIntervalMin: { min: 20, max: 120 },
  remindersBreakMin: { min: 1, max: 15 },
  remindersNaturalBreakMin: { min: 1, max: 30 },
  remindersHeadsUpSec: { min: 0, max: 300 },
  remindersSnoozeLimit: { min: 0, max: 5 },
  /** Share of a break's length the user must be away for it to count, in percent (0 = trust). */
  remindersCreditPct: { min: 0, max: 100 },
  /** Skips allowed per local day; 0 = no limit. */
  remindersSkipsPerDay: { min: 0, max: 10 },
  /** Minutes to wait for a pause in typing before a due reminder; 0 = remind at once. */
  remindersLullWaitMin: { min: 0, max: 5 },
  /** Minutes of sitting between micro-breaks; 0 = no micro-breaks. */
  remindersMicroEveryMin: { min: 0, max: 60 },
  /** Standing desk: minutes at the desk between "stand up" and "sit down"; 0 = off. */
  remindersSitStandMin: { min: 0, max: 120 },
} as const

/** A micro-break comes no more often than this (minutes). */
export const MICRO_EVERY_MIN_MIN = 10
/** Sit/stand prompts come no more often than this (minutes). */
export const SIT_STAND_MIN_MIN = 15
/** In strict mode, snoozes in a row are capped at this, whatever the snooze limit says. */
export const STRICT_SNOOZES_MAX = 1
/** A postpone reason is a short note, not a diary entry. */
export const POSTPONE_REASON_MAX = 80
/** Apps named as "not now while in front": how many, and how long a name may be. */
export const QUIET_APPS_MAX = 10
export const QUIET_APP_NAME_MAX = 60
/** How many recent postpone reasons are kept for the Reminders screen. */
export const POSTPONE_REASONS_KEPT = 20

/** The snooze lengths offered, in minutes. */
export const SNOOZE_CHOICES = [5, 10] as const
export const WORKING_RANGES_PER_DAY_MAX = 4
export const DAILY_REMINDERS_MAX = 10
export const DAILY_REMINDER_LABEL_MAX = 60

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'valid.reminderSettings.useTimeLike08' })

const rangeEnd = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'valid.reminderSettings.useTimeLike17' })

const timeRange = z
  .object({ start: clockTime, end: rangeEnd })
  .strict()
  .refine((r) => minuteOfDay(r.end) > minuteOfDay(r.start), {
    error: 'valid.reminderSettings.workingHoursRangeEnd',
  })

const dayRanges = z
  .array(timeRange)
  .max(WORKING_RANGES_PER_DAY_MAX, { error: 'valid.reminderSettings.upFourRangesDay' })
  .refine(
    (ranges) => {
      const sorted = [...ranges].sort((a, b) => minuteOfDay(a.start) - minuteOfDay(b.start))
      return sorted.every((r, i) => {
        const previous = sorted[i - 1]
        return !previous || minuteOfDay(r.start) >= minuteOfDay(previous.end)
      })
    },
    { error: 'valid.reminderSettings.workingHoursRangesSame' },
  )

export const dailyReminderSchema = z
  .object({
    id: z.string().min(1).max(40),
    time: clockTime,
    days: z
      .array(z.number().int().min(0).max(6))
      .min(1, { error: 'valid.reminderSettings.pickLeastOneDay' })
      .max(7)
      .refine((days) => new Set(days).size === days.length, {
        error: 'valid.reminderSettings.eachDayOnlyOnce',
      }),
    label: z
      .string()
      .trim()
      .min(1, { error: 'valid.reminderSettings.giveReminderNameE' })
      .max(DAILY_REMINDER_LABEL_MAX, {
        error: zodMessage('valid.reminderSettings.dailyLabelMax', {
          max: DAILY_REMINDER_LABEL_MAX,
        }),
      }),
    /** The practice the reminder opens; none means the practice list. */
    practiceId: z.string().min(1).max(64).nullable(),
  })
  .strict()

export type DailyReminderSetting = z.output<typeof dailyReminderSchema>

/** What starts a planned cue: the events the reminders already see. */
export const CUE_TRIGGERS = ['unlock', 'back', 'call-end', 'hours-start'] as const
export type CueTrigger = (typeof CUE_TRIGGERS)[number]
/** What a cue offers. */
export const CUE_ACTIONS = ['practice', 'movement', 'checkin'] as const
export type CueAction = (typeof CUE_ACTIONS)[number]
export const CUES_MAX = 10
/** "Back from being away at least N minutes": the bounds of N. */
export const CUE_AWAY_MIN = { min: 1, max: 240 } as const

/** An "after X, I do Y" plan (an implementation intention), fired by the reminders engine. */
export const cueSchema = z
  .object({
    id: z.string().min(1).max(40),
    trigger: z.enum(CUE_TRIGGERS, {
      error: 'valid.reminderSettings.chooseAfterUnlockingAfter',
    }),
    /** Only for 'back': how long away counts. */
    awayMin: z
      .number({ error: 'valid.reminderSettings.minutesAwayNumber' })
      .int({ error: 'valid.reminderSettings.minutesAwayWholeMinutes' })
      .min(CUE_AWAY_MIN.min, {
        error: zodMessage('valid.reminderSettings.awayMin', { min: CUE_AWAY_MIN.min }),
      })
      .max(CUE_AWAY_MIN.max, {
        error: zodMessage('valid.reminderSettings.awayMax', { max: CUE_AWAY_MIN.max }),
      }),
    action: z.enum(CUE_ACTIONS, {
      error: 'valid.reminderSettings.choosePracticeMovementCheck',
    }),
    /** For 'practice': which one; null = the practice list. */
    practiceId: z.string().min(1).max(64).nullable(),
  })
  .strict()

export type CueSetting = z.output<typeof cueSchema>

const minutes = ({ min: low, max: high }: { min: number; max: number }, what: string) =>
  z
    .number({ error: `${what} must be a number of minutes.` })
    .int({ error: `${what} must be whole minutes.` })
    .min(low, { error: `${what} must be at least ${low} minutes.` })
    .max(high, { error: `${what} can be at most ${high} minutes.` })

const bounds = REMINDER_NUMBER_BOUNDS

const OFFICE = [{ start: '09:00', end: '17:00' }]

/** Settings owned by the reminders feature. */
export const reminderSettings = settingsGroup({
  shape: {
    remindersEnabled: z.boolean(),
    remindersIntervalMin: minutes(bounds.remindersIntervalMin, 'The sitting interval'),
    remindersBreakMin: minutes(bounds.remindersBreakMin, 'The break length'),
    /** Away at least this long counts as a break without a reminder. */
    remindersNaturalBreakMin: minutes(bounds.remindersNaturalBreakMin, 'A natural break'),
    remindersHeadsUpSec: z
      .number()
      .int({ error: 'valid.reminderSettings.headsUpWholeSeconds' })
      .min(bounds.remindersHeadsUpSec.min, {
        error: 'valid.reminderSettings.headsUpNegativeUse',
      })
      .max(bounds.remindersHeadsUpSec.max, {
        error: `The heads-up can be at most ${String(bounds.remindersHeadsUpSec.max)} seconds (${String(bounds.remindersHeadsUpSec.max / 60)} minutes) before.`,
      }),
    remindersSnoozeMin: z.union([z.literal(SNOOZE_CHOICES[0]), z.literal(SNOOZE_CHOICES[1])], {
      error: `Snooze for ${String(SNOOZE_CHOICES[0])} or ${String(SNOOZE_CHOICES[1])} minutes.`,
    }),
    remindersSnoozeLimit: z
      .number()
      .int({ error: 'valid.reminderSettings.snoozeLimitWholeNumber' })
      .min(bounds.remindersSnoozeLimit.min, { error: 'valid.reminderSettings.snoozeLimitNegative' })
      .max(bounds.remindersSnoozeLimit.max, {
        error: zodMessage('valid.reminderSettings.snoozeLimitMax', {
          max: bounds.remindersSnoozeLimit.max,
        }),
      }),
    /**
     * 'window' (the stored meaning since it was offered) = a notification and the break window;
     * 'window-only' = the break window without a notification.
     */
    remindersStyle: z.enum(['notification', 'window', 'window-only'], {
      error: 'valid.reminderSettings.chooseNotificationGentleBreak',
    }),
    /** Where the break window appears: every display, or only the one with the pointer. */
    remindersWindowDisplays: z.enum(['all', 'cursor'], {
      error: 'valid.reminderSettings.showBreakWindowEvery',
    }),
    remindersWorkingHoursOn: z.boolean(),
    remindersWorkingHours: z
      .array(dayRanges)
      .length(7, { error: 'valid.reminderSettings.workingHoursNeedOne' }),
    remindersDaily: z
      .array(dailyReminderSchema)
      .max(DAILY_REMINDERS_MAX, { error: 'valid.reminderSettings.upTenDailyReminders' })
      // Each fires once a day by its id: two with one id would share that one firing.
      .refine((list) => new Set(list.map((r) => r.id)).size === list.length, {
        error: 'valid.reminderSettings.twoDailyRemindersHave',
      }),
    remindersLaunchAtLogin: z.boolean(),
    remindersCreditPct: z
      .number({ error: 'valid.reminderSettings.shareBreakAwayNumber' })
      .int({ error: 'valid.reminderSettings.shareBreakAwayWhole' })
      .min(bounds.remindersCreditPct.min, { error: 'valid.reminderSettings.shareNegative' })
      .max(bounds.remindersCreditPct.max, { error: 'valid.reminderSettings.shareMost100' }),
    /** No skipping, and the snooze limit cannot be lifted. */
    remindersStrict: z.boolean(),
    remindersSkipsPerDay: z
      .number({ error: 'valid.reminderSettings.dailySkipLimitNumber' })
      .int({ error: 'valid.reminderSettings.dailySkipLimitWhole' })
      .min(bounds.remindersSkipsPerDay.min, {
        error: 'valid.reminderSettings.dailySkipLimitNegative',
      })
      .max(bounds.remindersSkipsPerDay.max, {
        error: zodMessage('valid.reminderSettings.skipsMax', {
          max: bounds.remindersSkipsPerDay.max,
        }),
      }),
    /** Snoozing offers a short, optional "why not now?" note. */
    remindersAskPostponeReason: z.boolean(),
    remindersLullWaitMin: z
      .number({ error: 'valid.reminderSettings.waitPauseTypingNumber' })
      .int({ error: 'valid.reminderSettings.waitPauseTypingWhole' })
      .min(bounds.remindersLullWaitMin.min, { error: 'valid.reminderSettings.waitNegative' })
      .max(bounds.remindersLullWaitMin.max, {
        error: zodMessage('valid.reminderSettings.lullWaitMax', {
          max: bounds.remindersLullWaitMin.max,
        }),
      }),
    remindersMicroEveryMin: z
      .number({ error: 'valid.reminderSettings.microBreakIntervalNumber' })
      .int({ error: 'valid.reminderSettings.microBreakIntervalWhole' })
      .refine((n) => n === 0 || n >= MICRO_EVERY_MIN_MIN, {
        error: `Micro-breaks come at most every ${String(MICRO_EVERY_MIN_MIN)} minutes; use 0 for none.`,
      })
      .refine((n) => n >= 0 && n <= bounds.remindersMicroEveryMin.max, {
        error: `Use 0 for no micro-breaks, or up to ${String(bounds.remindersMicroEveryMin.max)} minutes.`,
      }),
    remindersSitStandMin: z
      .number({ error: 'valid.reminderSettings.sitStandIntervalNumber' })
      .int({ error: 'valid.reminderSettings.sitStandIntervalWhole' })
      .refine((n) => n === 0 || n >= SIT_STAND_MIN_MIN, {
        error: `Alternate sitting and standing at most every ${String(SIT_STAND_MIN_MIN)} minutes; use 0 for off.`,
      })
      .refine((n) => n >= 0 && n <= bounds.remindersSitStandMin.max, {
        error: `Use 0 for off, or up to ${String(bounds.remindersSitStandMin.max)} minutes.`,
      }),
    /** Planned cues; at most one fires per event, and none during a quiet time. */
    remindersCues: z
      .array(cueSchema)
      .max(CUES_MAX, { error: zodMessage('valid.reminderSettings.cuesMax', { max: CUES_MAX }) })
      .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
        error: 'valid.reminderSettings.twoCuesHaveSame',
      }),
    /** Reminders wait while the camera or microphone is in use. */
    remindersQuietCall: z.boolean(),
    /** Reminders wait while another app is fullscreen. */
    remindersQuietFullscreen: z.boolean(),
    /** Reminders wait while the desktop's Do Not Disturb is on. */
    remindersQuietDnd: z.boolean(),
    /** Reminders wait while one of these apps is in front. */
    remindersQuietApps: z
      .array(
        z
          .string()
          .trim()
          .min(1, { error: 'valid.reminderSettings.appNameEmpty' })
          .max(QUIET_APP_NAME_MAX, {
            error: zodMessage('valid.reminderSettings.quietAppNameMax', {
              max: QUIET_APP_NAME_MAX,
            }),
          }),
      )
      .max(QUIET_APPS_MAX, {
        error: zodMessage('valid.reminderSettings.quietAppsMax', { max: QUIET_APPS_MAX }),
      }),
  },
  defaults: {
    remindersEnabled: true,
    remindersIntervalMin: 45,
    remindersBreakMin: 3,
    remindersNaturalBreakMin: 3,
    remindersHeadsUpSec: 60,
    remindersSnoozeMin: 5,
    remindersSnoozeLimit: 2,
    // The gentlest: a notification respects the desktop's own Do Not Disturb and never covers
    // work; the break window is one choice away on the Reminders screen.
    remindersStyle: 'notification',
    remindersWindowDisplays: 'all',
    remindersWorkingHoursOn: false,
    remindersWorkingHours: [[], OFFICE, OFFICE, OFFICE, OFFICE, OFFICE, []],
    remindersDaily: [],
    remindersLaunchAtLogin: false,
    remindersCreditPct: 50,
    remindersStrict: false,
    remindersSkipsPerDay: 0,
    remindersAskPostponeReason: false,
    remindersLullWaitMin: 0,
    remindersMicroEveryMin: 0,
    remindersSitStandMin: 0,
    remindersCues: [],
    remindersQuietCall: true,
    remindersQuietFullscreen: true,
    remindersQuietDnd: true,
    remindersQuietApps: [],
  },
})
