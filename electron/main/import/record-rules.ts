import { ZodError, type z } from 'zod'
import { checkinSnapshotSchema, type CheckinSnapshot } from '../../shared/checkins/schema'
import { ratingSnapshotSchema, type Rating } from '../../shared/contract/log'
import type { ParsedTime } from '../../shared/log/iso-time'
import type { RecordKind } from '../../shared/log/transfer-types'
import { saveCustomSchema } from '../../shared/practice/custom-schema'
import { recordSessionSchema } from '../../shared/practice/session-schema'
import { stopReasonSnapshotSchema, type StopReason } from '../../shared/practice/stop-reason'
import { breakRecordSchema, sittingSpanSchema } from '../../shared/reminders/break-records'
import type { DatasetRecords } from '../export/dataset'
import type { SittingSpanRecord } from '../reminders/break-repository'
import { describeInvalidInput } from '../core/invalid-input'
import { isPhrase, phrase, say, type Phrase } from '../../shared/text/phrase'
import type { ApiReplay, Refusal } from './api-replay'
import { textIssues, type FieldIssue } from './text-checks'
import { futureProblem, readTime } from './time-field'

/** A sitting period as a file has it: its id may still be an older version's local number. */
type FileSpan = Omit<SittingSpanRecord, 'id'> & { id: string | number }
type Out<K extends RecordKind> = K extends 'sittingSpans' ? FileSpan : DatasetRecords[K][number]

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] }

/**
 * How a record of each kind in a file becomes what the app's own request would carry, and
 * which schema and which repository check it then goes through. The rules themselves are not
 * restated here: ratings use the request schema of "Undo delete" (a rating with its id and
 * offset), sessions that of the player, custom practices that of the practice editor, and
 * each is then saved through the app's repository on a scratch database (ApiReplay).
 */
interface KindRule<K extends RecordKind> {
  /** File fields that hold a time, and whether a time in the future is refused here. */
  times: Record<string, { future: boolean }>
  /** The request may leave the id out (the app makes one); a file record may not. */
  needsId?: boolean
  /** Fields the file may not carry although the request does (derived from another field). */
  derived?: Record<string, string>
  toRequest(raw: Record<string, unknown>, times: Record<string, ParsedTime>): unknown
  schema: z.ZodType
  fromRequest(parsed: never, times: Record<string, ParsedTime>): Out<K>
  replay?(api: ApiReplay, parsed: never): Refusal | null
}

const ratings: KindRule<'ratings'> = {
  times: { takenAt: { future: false } },
  derived: { utcOffsetMin: 'takenAt' },
  toRequest: (raw, times) => ({
    ...raw,
    takenAt: times['takenAt']?.epochMs,
    utcOffsetMin: times['takenAt']?.utcOffsetMin,
    // A file may leave these out (a CSV leaves empty cells); null is judged by the schema.
    regions: raw['regions'] === undefined ? {} : raw['regions'],
    note: raw['note'] === undefined ? '' : raw['note'],
    tags: raw['tags'] === undefined ? [] : raw['tags'],
    sessionId: raw['sessionId'] === undefined ? null : raw['sessionId'],
    phase: raw['phase'] === undefined ? null : raw['phase'],
  }),
  schema: ratingSnapshotSchema,
  fromRequest: (r: z.output<typeof ratingSnapshotSchema>): Rating => ({
    id: r.id,
    value: r.value,
    takenAt: r.takenAt,
    utcOffsetMin: r.utcOffsetMin,
    regions: r.regions,
    note: r.note,
    tags: r.tags,
    sessionId: r.sessionId,
    phase: r.phase,
  }),
  replay: (api, r: Rating) => api.rating(r),
}

const practiceSessions: KindRule<'practiceSessions'> = {
  times: { startedAt: { future: false }, endedAt: { future: false } },
  toRequest: (raw, times) => ({
    ...raw,
    startedAt: times['startedAt']?.epochMs,
    endedAt: times['endedAt']?.epochMs,
  }),
  schema: recordSessionSchema,
  fromRequest: (s: z.output<typeof recordSessionSchema>) => ({
    id: s.id,
    practiceId: s.practiceId,
    practiceTitle: s.practiceTitle,
    plannedMs: s.plannedMs,
    actualMs: s.actualMs,
    status: s.status,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
  }),
  replay: (api, s: z.output<typeof recordSessionSchema>) => api.session(s),
}

const customPractices: KindRule<'customPractices'> = {
  needsId: true,
  times: { createdAt: { future: true }, updatedAt: { future: true } },
  toRequest: (raw) => {
    const { createdAt: _c, updatedAt: _u, ...request } = raw
    return request
  },
  schema: saveCustomSchema,
  fromRequest: (c: z.output<typeof saveCustomSchema>, times) => ({
    id: c.id ?? '',
    kind: c.kind,
    name: c.name,
    body: c.body,
    createdAt: times['createdAt']?.epochMs ?? 0,
    updatedAt: times['updatedAt']?.epochMs ?? 0,
  }),
  replay: (api, c: z.output<typeof saveCustomSchema>) => api.customPractice(c),
}

const breaks: KindRule<'breaks'> = {
  times: { occurredAt: { future: true } },
  toRequest: (raw, times) => ({ ...raw, occurredAt: times['occurredAt']?.epochMs }),
  schema: breakRecordSchema,
  fromRequest: (b: z.output<typeof breakRecordSchema>) => b,
}

const sittingSpans: KindRule<'sittingSpans'> = {
  times: { startedAt: { future: true }, endedAt: { future: true } },
  toRequest: (raw, times) => ({
    ...raw,
    startedAt: times['startedAt']?.epochMs,
    endedAt: times['endedAt']?.epochMs,
  }),
  schema: sittingSpanSchema,
  fromRequest: (s: z.output<typeof sittingSpanSchema>) => s,
}

/** A check-in as the app stores it; its answers pass the app's own answer request. */
const checkins: KindRule<'checkins'> = {
  needsId: true,
  times: { takenAt: { future: false } },
  derived: { utcOffsetMin: 'takenAt' },
  toRequest: (raw, times) => ({
    ...raw,
    takenAt: times['takenAt']?.epochMs,
    utcOffsetMin: times['takenAt']?.utcOffsetMin,
  }),
  schema: checkinSnapshotSchema,
  fromRequest: (c: CheckinSnapshot) => c,
  replay: (api, c: CheckinSnapshot) => api.checkin(c),
}

/** Why a session was stopped: the player's request, and when it was recorded. */
const stopReasons: KindRule<'stopReasons'> = {
  times: { recordedAt: { future: true } },
  toRequest: (raw, times) => ({ ...raw, recordedAt: times['recordedAt']?.epochMs }),
  schema: stopReasonSnapshotSchema,
  fromRequest: (s: z.output<typeof stopReasonSnapshotSchema>): StopReason => ({
    sessionId: s.sessionId,
    reason: s.reason,
    regions: [...s.regions],
    note: s.note,
    stepIndex: s.stepIndex,
    stepText: s.stepText,
    movement: s.movement,
    recordedAt: s.recordedAt,
  }),
  replay: (api, s: z.output<typeof stopReasonSnapshotSchema>) => api.stopReason(s),
}

export const RULES: { [K in RecordKind]: KindRule<K> } = {
  ratings,
  practiceSessions,
  customPractices,
  breaks,
  sittingSpans,
  checkins,
  stopReasons,
}

/** What identifies a record of a kind: its id, or for a stop reason the session it belongs to. */
export function recordKey(kind: RecordKind, out: unknown): string | number {
  const record = out as { id?: string | number; sessionId?: string }
  return (kind === 'stopReasons' ? record.sessionId : record.id) ?? ''
}

function issueOf(field: string, said: Phrase): FieldIssue {
  return { field, message: say(said), phrase: said }
}

/** The words the app's own request would get back, with the field named apart. */
function describeIssue(issue: z.core.$ZodIssue, rename: (f: string) => string): FieldIssue {
  const described = describeInvalidInput(new ZodError([issue]))
  const field = described.field ?? ''
  const message =
    field !== '' && described.message.startsWith(`${field}: `)
      ? described.message.slice(field.length + 2)
      : described.message
  const [head = '', ...rest] = field === '' ? [] : field.split('.')
  // The schema's own message, without the "field: " the dispatcher would put before it.
  const inner = described.phrase?.values?.['problem']
  const said = described.phrase?.id === 'main.ipc.fieldProblem' ? inner : described.phrase
  const out: FieldIssue = {
    field: [rename(head), ...rest].filter((p) => p !== '').join('.'),
    message,
  }
  if (isPhrase(said)) out.phrase = said
  return out
}

/** A file record checked by the app's own request schema; replaying it comes later. */
export function checkRecord<K extends RecordKind>(
  kind: K,
  raw: unknown,
  now: number,
): Checked<{ request: unknown; out: Out<K> }> {
  const rule = RULES[kind] as KindRule<K>
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, issues: [issueOf('', phrase('main.import.notAnObject'))] }
  }
  const record = raw as Record<string, unknown>
  const issues = textIssues(record)
  for (const key of Object.keys(rule.derived ?? {})) {
    if (Object.hasOwn(record, key)) {
      issues.push(issueOf(key, phrase('main.import.unknownField', { field: key })))
    }
  }
  if (rule.needsId && record['id'] === undefined) {
    issues.push(issueOf('id', phrase('main.import.needsId')))
  }
  const times: Record<string, ParsedTime> = {}
  for (const [field, { future }] of Object.entries(rule.times)) {
    if (record[field] === undefined) continue
    const read = readTime(record[field])
    if (!read.ok) {
      issues.push({ field, message: read.message })
      continue
    }
    const late = future ? futureProblem(read.time, record[field] as string, now) : null
    if (late) issues.push({ field, message: late })
    times[field] = read.time
  }
  if (issues.length > 0) return { ok: false, issues }
  const request = rule.toRequest(record, times)
  const parsed = rule.schema.safeParse(request)
  if (!parsed.success) {
    const rename = (field: string) => rule.derived?.[field] ?? field
    return { ok: false, issues: parsed.error.issues.map((i) => describeIssue(i, rename)) }
  }
  return {
    ok: true,
    value: { request: parsed.data, out: rule.fromRequest(parsed.data as never, times) },
  }
}

/** Saves a checked record through the app's repository on the scratch database. */
export function replayRecord(kind: RecordKind, api: ApiReplay, request: unknown): Refusal | null {
  const rule = RULES[kind] as KindRule<RecordKind>
  return rule.replay ? rule.replay(api, request as never) : null
}
