import { messagePhrase, phrase, say, type Phrase } from '../../shared/text/phrase'
import { isSettingKey, settingsShape, type SettingsPatch } from '../../shared/settings/schema'
import { RECORD_KINDS, type ImportProblem, type RecordKind } from '../../shared/log/transfer-types'
import type { DatasetRecords } from '../export/dataset'
import { legacySpanNamer } from '../migrations/legacy-span-id'
import type { RecordStores } from '../transfer/record-stores'
import { ApiReplay } from './api-replay'
import { NO_HOOKS, stopIfCancelled, type ImportHooks } from './import-hooks'
import { problemAt, type Place, type RawImport, type RawRecord } from './raw-import'
import { checkRecord, recordKey, replayRecord } from './record-rules'
import { textIssues } from './text-checks'

export const MAX_PROBLEMS = 50

/** How many records are checked, looked up and replayed together. */
const BATCH = 5_000

interface Checked {
  request: unknown
  out: unknown
  key: string
  place: Place
}

type Report = (place: Place, message: string, field?: string, said?: Phrase) => void

/** One record through its schema and the file's own rules (no repeated id); null if refused. */
function checkOne(
  kind: RecordKind,
  { raw: record, place }: RawRecord,
  now: number,
  seen: Set<string | number>,
  report: Report,
  nameOldSpan: ReturnType<typeof legacySpanNamer>,
): Checked | null {
  const result = checkRecord(kind, record, now)
  if (!result.ok) {
    for (const issue of result.issues) report(place, issue.message, issue.field, issue.phrase)
    return null
  }
  const key = recordKey(kind, result.value.out)
  if (seen.has(key)) {
    report(
      place,
      kind === 'stopReasons'
        ? `The session ${JSON.stringify(key)} has an earlier stop reason in this file.`
        : `The id ${JSON.stringify(key)} is used by an earlier record of the same kind.`,
      kind === 'stopReasons' ? 'sessionId' : 'id',
    )
    return null
  }
  seen.add(key)
  if (typeof key === 'number') {
    // Only a sitting period from an older file has a number; it gets its global id here.
    const span = result.value.out as { id: number; startedAt: number; endedAt: number }
    const id = nameOldSpan(span)
    return { request: result.value.request, out: { ...span, id }, key: id, place }
  }
  return { request: result.value.request, out: result.value.out, key, place }
}

/** Which ids of a kind Loosen already holds, asked of the repository that owns that kind. */
export function existingIn(stores: RecordStores, kind: RecordKind, ids: string[]): Set<string> {
  // A file without records of a kind asks nothing of its repository (an older schema may lack it).
  if (ids.length === 0) return new Set()
  switch (kind) {
    case 'ratings':
      return stores.ratings.existing(ids)
    case 'practiceSessions':
      return stores.sessions.existing(ids)
    case 'customPractices':
      return stores.custom.existing(ids)
    case 'breaks':
      return stores.breaks.existingBreaks(ids)
    case 'sittingSpans':
      return stores.breaks.existingSpans(ids)
    case 'checkins':
      return stores.checkins.existing(ids)
    case 'stopReasons':
      return stores.stops.existing(ids)
  }
}

export interface ValidatedImport {
  format: 'json' | 'csv'
  /** The records to add: those whose id Loosen already has are left out (and counted in skip). */
  data: DatasetRecords
  /** Ids already in Loosen, per kind: those records are left as they are. */
  skip: Record<RecordKind, Set<string>>
  /** Each value already parsed by its own setting's schema. */
  settings: SettingsPatch
  ignoredSettings: string[]
  problems: ImportProblem[]
}

/**
 * Checks every record and setting, collecting problems (up to a limit) instead of stopping at
 * the first, so a person can fix a file in one pass. Each record goes through the app's own
 * request schema and repository (see record-rules.ts), so an import refuses exactly what the
 * app refuses, in the same words.
 */
export function validateImport(
  raw: RawImport,
  now: number,
  stores: RecordStores,
  hooks: ImportHooks = NO_HOOKS,
): ValidatedImport {
  const problems: ImportProblem[] = []
  const report = (place: Place, message: string, field?: string, said?: Phrase) => {
    if (problems.length < MAX_PROBLEMS + 1) problems.push(problemAt(place, message, field, said))
  }
  const data: DatasetRecords = {
    ratings: [],
    practiceSessions: [],
    customPractices: [],
    breaks: [],
    sittingSpans: [],
    checkins: [],
    stopReasons: [],
  }
  const skip = {} as Record<RecordKind, Set<string>>
  const nameOldSpan = legacySpanNamer()
  const api = new ApiReplay(now, stores.custom.count(), (id) => stores.sessions.get(id) !== null)
  const total = RECORD_KINDS.reduce((n, kind) => n + raw.records[kind].length, 0)
  let done = 0
  // Told every so many records: often enough for a smooth bar, rarely enough to cost nothing.
  const tick = () => {
    if (++done % 2000 !== 0) return
    stopIfCancelled(hooks)
    hooks.progress({ phase: 'checking', done, total })
  }
  try {
    api.all(() => {
      for (const kind of RECORD_KINDS) {
        const seen = new Set<string | number>()
        const records = raw.records[kind]
        const known = new Set<string>()
        skip[kind] = known
        // A batch at a time (read, checked, looked up, replayed), each of the file's records let
        // go once checked: a big file is never held as parsed file, requests and records at once.
        for (let at = 0; at < records.length && problems.length <= MAX_PROBLEMS; at += BATCH) {
          const end = Math.min(records.length, at + BATCH)
          const checked: Checked[] = []
          for (let i = at; i < end; i++) {
            if (problems.length > MAX_PROBLEMS) break
            const one = checkOne(kind, records.read(i), now, seen, report, nameOldSpan)
            if (one) checked.push(one)
          }
          const keys = checked.map((c) => c.key)
          for (const id of existingIn(stores, kind, keys)) known.add(id)
          const out = data[kind] as unknown[]
          for (const { request, out: record, key, place } of checked) {
            tick()
            if (known.has(key)) continue
            const refused = replayRecord(kind, api, request)
            if (refused) {
              report(place, refused.message, refused.field, refused.phrase)
              continue
            }
            out.push(record)
          }
        }
      }
    })
  } finally {
    api.close()
  }
  const settings: Record<string, unknown> = {}
  const ignoredSettings: string[] = []
  for (const { key, value, place } of raw.settings) {
    if (!isSettingKey(key)) {
      ignoredSettings.push(key)
      continue
    }
    const broken = textIssues(value)[0]
    const parsed = settingsShape[key].safeParse(value)
    if (!broken && parsed.success) settings[key] = parsed.data
    else {
      const problem = broken
        ? (broken.phrase ?? phrase(broken.message))
        : messagePhrase(parsed.success ? '' : (parsed.error.issues[0]?.message ?? ''))
      const said = phrase('main.import.badSetting', { key, problem })
      report(place, say(said), key, said)
    }
  }
  return {
    format: raw.format,
    data,
    skip,
    settings,
    ignoredSettings,
    problems,
  }
}
