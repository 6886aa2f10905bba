import type { ImportResult } from '../../shared/contract/log'
import {
  RECORD_KIND_LABELS,
  RECORD_KINDS,
  describeProblem,
  type ImportPreview,
  type ImportProblem,
  type RecordCounts,
  type RecordKind,
} from '../../shared/log/transfer-types'
import { inTransaction, type Database } from '../db/sqlite'
import { ApiFailure } from '../ipc/api-failure'
import { tableExists } from '../log/table-exists'
import { checkReadableText } from './file-text'
import { readCsvImport } from './parse-csv'
import { readJsonImport } from './parse-json'
import { FileProblem, type RawImport } from './raw-import'
import { MAX_PROBLEMS, validateImport, type ValidatedImport } from './validate-import'
import { TABLE_OF, writeRecords, writeSettings } from './write-records'

interface Plan {
  checked: ValidatedImport
  skip: Record<RecordKind, Set<unknown>>
  added: RecordCounts
  skipped: RecordCounts
}

function looksLikeJson(fileName: string, text: string): boolean {
  if (/\.json$/i.test(fileName)) return true
  if (/\.csv$/i.test(fileName)) return false
  return /^\uFEFF?\s*[{[]/.test(text)
}

function read(fileName: string, text: string): RawImport {
  if (text.trim() === '') throw new FileProblem({ message: 'The file is empty.' })
  checkReadableText(text)
  return looksLikeJson(fileName, text) ? readJsonImport(text) : readCsvImport(text)
}

/**
 * Import in two steps that share one validation: preview reads and checks everything and
 * writes nothing; commit does the same again and writes it all in one transaction, or nothing.
 */
export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  private plan(fileName: string, text: string): Plan | { problems: ImportProblem[] } {
    let raw: RawImport
    try {
      raw = read(fileName, text)
    } catch (error) {
      if (error instanceof FileProblem) return { problems: [error.problem] }
      throw error
    }
    const checked = validateImport(raw, this.now(), this.db)
    const problems = [...checked.problems]
    for (const kind of RECORD_KINDS) {
      if (checked.data[kind].length > 0 && !tableExists(this.db, TABLE_OF[kind])) {
        problems.push({
          message: `The file holds ${RECORD_KIND_LABELS[kind].toLowerCase()}, which this version of Loosen cannot store yet. Nothing was imported.`,
        })
      }
    }
    if (problems.length > 0) return { problems }
    const skip = checked.skip
    const added = {} as RecordCounts
    const skipped = {} as RecordCounts
    for (const kind of RECORD_KINDS) {
      skipped[kind] = skip[kind].size
      added[kind] = checked.data[kind].length - skip[kind].size
    }
    return { checked, skip, added, skipped }
  }

  preview(fileName: string, text: string): ImportPreview {
    const plan = this.plan(fileName, text)
    if ('problems' in plan) {
      return {
        valid: false,
        problems: plan.problems.slice(0, MAX_PROBLEMS),
        truncated: plan.problems.length > MAX_PROBLEMS,
      }
    }
    return {
      valid: true,
      summary: {
        format: plan.checked.format,
        added: plan.added,
        skipped: plan.skipped,
        settings: Object.keys(plan.checked.settings).length,
        ignoredSettings: plan.checked.ignoredSettings,
      },
    }
  }

  commit(fileName: string, text: string, applySettings: boolean): ImportResult {
    const plan = this.plan(fileName, text)
    if ('problems' in plan) {
      const first = plan.problems[0]
      throw new ApiFailure(
        'invalid_input',
        `Nothing was imported. ${first ? describeProblem(first) : 'The file could not be read.'}`,
      )
    }
    const now = this.now()
    inTransaction(this.db, () => {
      writeRecords(this.db, plan.checked.data, plan.skip, now)
      if (applySettings) writeSettings(this.db, plan.checked.settings, now)
    })
    return {
      added: plan.added,
      skipped: plan.skipped,
      settingsApplied: applySettings ? Object.keys(plan.checked.settings).length : 0,
    }
  }
}
