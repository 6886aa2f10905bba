import { z } from 'zod'
import { BREAK_KINDS } from '../contract/reminders'

/**
 * What a break record and a sitting period may hold. The reminder machine writes these itself
 * (no request from the page creates one), so these are the only rules; an import checks them.
 */
const DAY_MS = 86_400_000
export const LONGEST_SITTING_PERIOD_MS = DAY_MS
/** Time away can be a holiday, but not longer than a year. */
export const LONGEST_BREAK_MS = 366 * DAY_MS

const instant = z
  .number({ error: 'valid.breakRecords.giveTimeMillisecondsSince' })
  .int({ error: 'valid.breakRecords.giveTimeWholeMilliseconds' })
  .nonnegative({ error: 'valid.breakRecords.loosenKeepsNoRecords' })

const length = (what: string, max: number, tooLong: string) =>
  z
    .number({ error: `Give ${what} in milliseconds.` })
    .int({ error: `Give ${what} in whole milliseconds.` })
    .nonnegative({ error: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} cannot be negative.` })
    .max(max, { error: tooLong })

/** A record's global id: the same record has the same id on every computer. */
const recordId = z
  .string({ error: 'valid.breakRecords.eachRecordNeedsId' })
  .min(1, { error: 'valid.breakRecords.idEmpty' })
  .max(64, { error: 'valid.breakRecords.idLonger64Characters' })

/** Loosen before schema 6 numbered sitting periods per computer; files from then carry that number. */
export const legacySpanNumber = z
  .number()
  .int({ error: 'valid.breakRecords.sittingPeriodIdText' })
  .positive({ error: 'valid.breakRecords.numberedSittingPeriodId' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'valid.breakRecords.sittingPeriodIdToo' })

export const breakRecordSchema = z
  .object({
    id: recordId,
    kind: z.enum(BREAK_KINDS, {
      error: 'valid.breakRecords.kindTakenNaturalSnoozed',
    }),
    occurredAt: instant,
    durationMs: length('the break length', LONGEST_BREAK_MS, 'A break lasts at most a year.'),
    sittingBeforeMs: length(
      'the sitting time before it',
      LONGEST_SITTING_PERIOD_MS,
      'The sitting time before a break is at most a day.',
    ),
  })
  .strict()

export const sittingSpanSchema = z
  .object({
    /** Text; a number only in a file from an older version (the import names it, see 006). */
    id: z.union([recordId, legacySpanNumber], {
      error: 'valid.breakRecords.sittingPeriodIdText',
    }),
    startedAt: instant,
    endedAt: instant,
  })
  .strict()
  .refine((s) => s.endedAt >= s.startedAt, {
    error: 'valid.breakRecords.sittingPeriodEndsBefore',
    path: ['endedAt'],
  })
  .refine((s) => s.endedAt - s.startedAt <= LONGEST_SITTING_PERIOD_MS, {
    error: 'valid.breakRecords.sittingPeriodLastsMost',
    path: ['endedAt'],
  })
