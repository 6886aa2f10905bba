import { isSettingKey, settingsShape } from '../../shared/settings/schema'
import { RECORD_KINDS, type ImportProblem, type RecordKind } from '../../shared/log/transfer-types'
import type { Database } from '../db/sqlite'
import type { Dataset } from '../export/dataset'
import { ApiReplay } from './api-replay'
import { problemAt, type Place, type RawImport } from './raw-import'
import { checkRecord, replayRecord } from './record-rules'
import { textIssues } from './text-checks'
import { existingIds } from './write-records'

export const MAX_PROBLEMS = 50

export interface ValidatedImport {
  format: 'json' | 'csv'
  data: Omit<Dataset, 'settings'>
  /** Ids already in Loosen, per kind: those records are left as they are. */
  skip: Record<RecordKind, Set<unknown>>
  settings: Record<string, unknown>
  ignoredSettings: string[]
  problems: ImportProblem[]
}

/**
 * Checks every record and setting, collecting problems (up to a limit) instead of stopping at
 * the first, so a person can fix a file in one pass. Each record goes through the app's own
 * request schema and repository (see record-rules.ts), so an import refuses exactly what the
 * app refuses, in the same words.
 */
export function validateImport(raw: RawImport, now: number, db: Database): ValidatedImport {
  const problems: ImportProblem[] = []
  const report = (place: Place, message: string, field?: string) => {
    if (problems.length < MAX_PROBLEMS + 1) problems.push(problemAt(place, message, field))
  }
  const data = {
    ratings: [],
    practiceSessions: [],
    customPractices: [],
    breaks: [],
    sittingSpans: [],
  } as Omit<Dataset, 'settings'>
  const skip = {} as Record<RecordKind, Set<unknown>>
  const api = new ApiReplay(db, now)
  try {
    for (const kind of RECORD_KINDS) {
      const seen = new Set<unknown>()
      const checked: { request: unknown; out: { id: string | number }; place: Place }[] = []
      for (const { raw: record, place } of raw.records[kind]) {
        if (problems.length > MAX_PROBLEMS) break
        const result = checkRecord(kind, record, now)
        if (!result.ok) {
          for (const issue of result.issues) report(place, issue.message, issue.field)
          continue
        }
        const id = result.value.out.id
        if (seen.has(id)) {
          report(
            place,
            `The id ${JSON.stringify(id)} is used by an earlier record of the same kind.`,
            'id',
          )
          continue
        }
        seen.add(id)
        checked.push({ ...result.value, place })
      }
      skip[kind] = existingIds(
        db,
        kind,
        checked.map((c) => c.out.id),
      )
      const out = data[kind] as unknown[]
      for (const { request, out: record, place } of checked) {
        if (!skip[kind].has(record.id)) {
          const refused = replayRecord(kind, api, request)
          if (refused) {
            report(place, refused.message, refused.field)
            continue
          }
        }
        out.push(record)
      }
    }
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
    else
      report(
        place,
        `The setting "${key}" has a value Loosen cannot use: ${broken?.message ?? (parsed.success ? '' : (parsed.error.issues[0]?.message ?? ''))}`,
        key,
      )
  }
  return { format: raw.format, data, skip, settings, ignoredSettings, problems }
}
