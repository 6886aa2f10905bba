import type { z } from 'zod'
import { isSettingKey, settingsShape } from '../../shared/settings/schema'
import { RECORD_KINDS, type ImportProblem } from '../../shared/log/transfer-types'
import type { Dataset } from '../export/dataset'
import { recordSchemas } from './record-schemas'
import { problemAt, type Place, type RawImport } from './raw-import'

export const MAX_PROBLEMS = 50

export interface ValidatedImport {
  format: 'json' | 'csv'
  data: Omit<Dataset, 'settings'>
  settings: Record<string, unknown>
  ignoredSettings: string[]
  problems: ImportProblem[]
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const path = issue.path.map(String)
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    if (path.at(-1) === 'regions') {
      return { field: [...path, key].join('.'), message: `"${key}" is not a body-map region.` }
    }
    return { field: [...path, key].join('.'), message: `"${key}" is not a field Loosen knows.` }
  }
  return { field: path.join('.'), message: issue.message }
}

/**
 * Checks every record and setting, collecting problems (up to a limit) instead of stopping at
 * the first, so a person can fix a file in one pass.
 */
export function validateImport(raw: RawImport, now: number): ValidatedImport {
  const schemas = recordSchemas(now)
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
  for (const kind of RECORD_KINDS) {
    const seen = new Set<string | number>()
    const out = data[kind] as unknown[]
    for (const { raw: record, place } of raw.records[kind]) {
      const parsed = (schemas[kind] as z.ZodType).safeParse(record)
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const { field, message } = describeIssue(issue)
          report(place, message, field)
        }
        continue
      }
      const id = (parsed.data as { id: string | number }).id
      if (seen.has(id)) {
        report(
          place,
          `The id ${JSON.stringify(id)} is used by an earlier record of the same kind.`,
          'id',
        )
        continue
      }
      seen.add(id)
      out.push(parsed.data)
    }
  }
  const settings: Record<string, unknown> = {}
  const ignoredSettings: string[] = []
  for (const { key, value, place } of raw.settings) {
    if (!isSettingKey(key)) {
      ignoredSettings.push(key)
      continue
    }
    const parsed = settingsShape[key].safeParse(value)
    if (parsed.success) settings[key] = parsed.data
    else
      report(
        place,
        `The setting "${key}" has a value Loosen cannot use: ${parsed.error.issues[0]?.message ?? ''}`,
        key,
      )
  }
  return { format: raw.format, data, settings, ignoredSettings, problems }
}
