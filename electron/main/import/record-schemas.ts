import { z } from 'zod'
import { noteSchema, regionsSchema, tensionValue } from '../../shared/contract/log'
import { formatIsoWithOffset, parseIsoWithOffset, type ParsedTime } from '../../shared/log/iso-time'
import { tagListSchema } from '../../shared/log/tags'
import { FUTURE_TOLERANCE_MS } from '../log/ratings-repository'

const id = z
  .string({ error: 'Each record needs an id (text).' })
  .min(1, { error: 'The id is empty.' })
  .max(64, { error: 'The id is longer than 64 characters.' })

const ms = (what: string) =>
  z
    .number({ error: `Give ${what} as a whole number of milliseconds.` })
    .int({ error: `Give ${what} as a whole number of milliseconds.` })
    .nonnegative({ error: `${what} cannot be negative.` })

/** Builds the schemas for one import; `now` decides what counts as the future. */
export function recordSchemas(now: number) {
  const time = z
    .string({ error: 'Give the time as text, like 2026-11-23T10:15:00+01:00.' })
    .transform((text, ctx): ParsedTime => {
      const parsed = parseIsoWithOffset(text)
      if (!parsed) {
        ctx.addIssue({
          code: 'custom',
          message: `"${text}" is not a date and time with its offset, like 2026-11-23T10:15:00+01:00.`,
        })
        return z.NEVER
      }
      if (parsed.epochMs > now + FUTURE_TOLERANCE_MS) {
        ctx.addIssue({
          code: 'custom',
          message: `${text} is in the future; it is now ${formatIsoWithOffset(now, parsed.utcOffsetMin)}.`,
        })
        return z.NEVER
      }
      return parsed
    })

  const ordered = (value: { start: ParsedTime; end: ParsedTime }) =>
    value.end.epochMs >= value.start.epochMs

  return {
    ratings: z
      .object({
        id,
        takenAt: time,
        value: tensionValue,
        regions: regionsSchema.optional(),
        note: noteSchema.optional(),
        tags: tagListSchema.optional(),
        sessionId: z.string().min(1).max(64).nullable().optional(),
        phase: z
          .enum(['before', 'after'], { error: 'The phase is "before", "after" or empty.' })
          .nullable()
          .optional(),
      })
      .strict()
      .transform((r) => ({
        id: r.id,
        value: r.value,
        takenAt: r.takenAt.epochMs,
        utcOffsetMin: r.takenAt.utcOffsetMin,
        regions: r.regions ?? {},
        note: r.note ?? '',
        tags: r.tags ?? [],
        sessionId: r.sessionId ?? null,
        phase: r.phase ?? null,
      })),
    practiceSessions: z
      .object({
        id,
        practiceId: z.string({ error: 'Name the practice.' }).min(1).max(64),
        practiceTitle: z.string({ error: 'Give the practice a title.' }).max(200),
        plannedMs: ms('the planned length').nullable(),
        actualMs: ms('the time practised'),
        status: z.enum(['completed', 'stopped'], { error: 'Status is "completed" or "stopped".' }),
        startedAt: time,
        endedAt: time,
      })
      .strict()
      .refine((s) => ordered({ start: s.startedAt, end: s.endedAt }), {
        error: 'The session ends before it starts.',
        path: ['endedAt'],
      })
      .transform((s) => ({ ...s, startedAt: s.startedAt.epochMs, endedAt: s.endedAt.epochMs })),
    customPractices: z
      .object({
        id,
        kind: z.enum(['breathing', 'timer'], { error: 'Kind is "breathing" or "timer".' }),
        name: z.string({ error: 'Give the practice a name.' }).min(1).max(200),
        body: z.json({ error: 'The practice settings must be JSON.' }),
        createdAt: time,
        updatedAt: time,
      })
      .strict()
      .transform((c) => ({
        ...c,
        createdAt: c.createdAt.epochMs,
        updatedAt: c.updatedAt.epochMs,
      })),
    breaks: z
      .object({
        id,
        kind: z.enum(['taken', 'natural', 'snoozed', 'skipped'], {
          error: 'Kind is "taken", "natural", "snoozed" or "skipped".',
        }),
        occurredAt: time,
        durationMs: ms('the break length'),
        sittingBeforeMs: ms('the sitting time before it'),
      })
      .strict()
      .transform((b) => ({ ...b, occurredAt: b.occurredAt.epochMs })),
    sittingSpans: z
      .object({
        id: z.number({ error: 'A sitting period id is a whole number.' }).int().positive(),
        startedAt: time,
        endedAt: time,
      })
      .strict()
      .refine((s) => ordered({ start: s.startedAt, end: s.endedAt }), {
        error: 'The sitting period ends before it starts.',
        path: ['endedAt'],
      })
      .transform((s) => ({ id: s.id, startedAt: s.startedAt.epochMs, endedAt: s.endedAt.epochMs })),
  }
}

export type RecordSchemas = ReturnType<typeof recordSchemas>
