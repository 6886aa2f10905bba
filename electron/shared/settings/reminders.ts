import { z } from 'zod'
import { minuteOfDay } from '../reminders/zoned-time'
import { settingsGroup } from './define'

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use a time like 08:30 (24-hour clock).' })

const rangeEnd = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'Use a time like 17:30 (or 24:00).' })

const timeRange = z
  .object({ start: clockTime, end: rangeEnd })
  .strict()
  .refine((r) => minuteOfDay(r.end) > minuteOfDay(r.start), {
    error: 'A working-hours range must end after it starts.',
  })

const dayRanges = z
  .array(timeRange)
  .max(4, { error: 'Up to four ranges a day.' })
  .refine(
    (ranges) => {
      const sorted = [...ranges].sort((a, b) => minuteOfDay(a.start) - minuteOfDay(b.start))
      return sorted.every((r, i) => {
        const previous = sorted[i - 1]
        return !previous || minuteOfDay(r.start) >= minuteOfDay(previous.end)
      })
    },
    { error: 'Working-hours ranges on the same day must not overlap.' },
  )

export const dailyReminderSchema = z
  .object({
    id: z.string().min(1).max(40),
    time: clockTime,
    days: z
      .array(z.number().int().min(0).max(6))
      .min(1, { error: 'Pick at least one day for a daily reminder.' })
      .max(7)
      .refine((days) => new Set(days).size === days.length, { error: 'Each day only once.' }),
    label: z
      .string()
      .trim()
      .min(1, { error: 'Give the reminder a name, e.g. "Morning body scan".' })
      .max(60, { error: 'Keep the name under 60 characters.' }),
    /** The practice the reminder opens; none means the practice list. */
    practiceId: z.string().min(1).max(64).nullable(),
  })
  .strict()

export type DailyReminderSetting = z.output<typeof dailyReminderSchema>

const minutes = (low: number, high: number, what: string) =>
  z
    .number({ error: `${what} must be a number of minutes.` })
    .int({ error: `${what} must be whole minutes.` })
    .min(low, { error: `${what} must be at least ${low} minutes.` })
    .max(high, { error: `${what} can be at most ${high} minutes.` })

const OFFICE = [{ start: '09:00', end: '17:00' }]

/** Settings owned by the reminders feature. */
export const reminderSettings = settingsGroup({
  shape: {
    remindersEnabled: z.boolean(),
    remindersIntervalMin: minutes(20, 120, 'The sitting interval'),
    remindersBreakMin: minutes(1, 15, 'The break length'),
    /** Away at least this long counts as a break without a reminder. */
    remindersNaturalBreakMin: minutes(1, 30, 'A natural break'),
    remindersHeadsUpSec: z
      .number()
      .int({ error: 'The heads-up must be whole seconds.' })
      .min(0, { error: 'The heads-up cannot be negative; use 0 to turn it off.' })
      .max(300, { error: 'The heads-up can be at most 300 seconds (5 minutes) before.' }),
    remindersSnoozeMin: z.union([z.literal(5), z.literal(10)], {
      error: 'Snooze for 5 or 10 minutes.',
    }),
    remindersSnoozeLimit: z
      .number()
      .int({ error: 'The snooze limit must be a whole number.' })
      .min(0, { error: 'The snooze limit cannot be negative.' })
      .max(5, { error: 'Allow at most 5 snoozes in a row.' }),
    remindersStyle: z.enum(['notification', 'window'], {
      error: 'Choose a notification or a gentle break window.',
    }),
    remindersWorkingHoursOn: z.boolean(),
    remindersWorkingHours: z
      .array(dayRanges)
      .length(7, { error: 'Working hours need one entry for each day of the week.' }),
    remindersDaily: z
      .array(dailyReminderSchema)
      .max(10, { error: 'Up to ten daily reminders.' })
      // Each fires once a day by its id: two with one id would share that one firing.
      .refine((list) => new Set(list.map((r) => r.id)).size === list.length, {
        error: 'Two daily reminders have the same id; each needs its own.',
      }),
    remindersLaunchAtLogin: z.boolean(),
  },
  defaults: {
    remindersEnabled: true,
    remindersIntervalMin: 45,
    remindersBreakMin: 3,
    remindersNaturalBreakMin: 3,
    remindersHeadsUpSec: 60,
    remindersSnoozeMin: 5,
    remindersSnoozeLimit: 2,
    remindersStyle: 'notification',
    remindersWorkingHoursOn: false,
    remindersWorkingHours: [[], OFFICE, OFFICE, OFFICE, OFFICE, OFFICE, []],
    remindersDaily: [],
    remindersLaunchAtLogin: false,
  },
})
