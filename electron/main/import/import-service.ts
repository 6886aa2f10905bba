import { phrase } from '../../shared/text/phrase'
import type { ImportResult } from '../../shared/contract/log'
import {
  RECORD_KINDS,
  problemPhrase,
  type ImportPreview,
  type ImportProblem,
  type RecordCounts,
} from '../../shared/log/transfer-types'
import { ApiFailure } from '../core/api-failure'
import { inTransaction, type Database } from '../db/sqlite'
import type { RecordStores } from '../transfer/record-stores'
import { checkReadableText } from './file-text'
import { loadContent, type ImportContent } from './import-content'
import { NO_HOOKS, stopIfCancelled, type ImportHooks } from './import-hooks'
import { readCsvImport } from './parse-csv'
import { readJsonImport } from './parse-json'
import { withBulkRollups } from './bulk-rollups'
import { PlanCache } from './plan-cache'
import { FileProblem, fileProblem, type RawImport } from './raw-import'
import { MAX_PROBLEMS, validateImport, type ValidatedImport } from './validate-import'

interface Plan {
  checked: ValidatedImport
  added: RecordCounts
  skipped: RecordCounts
}

const BATCH = 5_000

function* batches<T>(records: readonly T[]): Generator<readonly T[]> {
  for (let at = 0; at < records.length; at += BATCH) yield records.slice(at, at + BATCH)
}

function looksLikeJson(fileName: string, text: string): boolean {
  if (/\.json$/i.test(fileName)) return true
  if (/\.csv$/i.test(fileName)) return false
  return /^\uFEFF?\s*[{[]/.test(text)
}

function read(fileName: string, text: string): RawImport {
  if (text.trim() === '') throw fileProblem(phrase('main.import.file.empty'))
  checkReadableText(text)
  return looksLikeJson(fileName, text) ? readJsonImport(text) : readCsvImport(text)
}

/**
 * Import in two steps that share one validation: preview reads and checks everything and
 * writes nothing; commit writes it all in one transaction, or nothing, after checking the file
 * again unless the preview's check of the same file still holds (plan-cache.ts).
 * The writing is done by the repositories that own each kind of record ("insert the missing
 * ones"), and settings by the settings store, so each announces its change once it commits.
 */
export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
    private readonly stores: RecordStores,
    private readonly hooks: ImportHooks = NO_HOOKS,
    /** Where a preview leaves its checked file for the commit (one per worker or feature). */
    private readonly cache: PlanCache = new PlanCache(),
  ) {}

  /**
   * The file checked, or the one problem that made it unreadable; `digest` is called with the
   * file's digest once read (a file on disk is read here, by this thread, and let go after).
   */
  private check(
    fileName: string,
    content: ImportContent,
    digest: (digest: () => string) => void = () => undefined,
  ): ValidatedImport | ImportProblem {
    this.hooks.progress({ phase: 'reading', done: 0, total: 0 })
    const loaded = loadContent(fileName, content)
    digest(loaded.digest)
    try {
      // A JSON file's records are parsed while they are checked: a broken one ends the check.
      return validateImport(read(fileName, loaded.text), this.now(), this.stores, this.hooks)
    } catch (error) {
      if (error instanceof FileProblem) return error.problem
      throw error
    }
  }

  private plan(
    fileName: string,
    content: ImportContent,
    kept: ValidatedImport | null = null,
    digest?: (digest: () => string) => void,
  ): Plan | { problems: ImportProblem[] } {
    const checked = kept ?? this.check(fileName, content, digest)
    if (!('data' in checked)) return { problems: [checked] }
    if (checked.problems.length > 0) return { problems: checked.problems }
    const added = {} as RecordCounts
    const skipped = {} as RecordCounts
    for (const kind of RECORD_KINDS) {
      added[kind] = checked.data[kind].length
      skipped[kind] = checked.skip[kind].size
    }
    return { checked, added, skipped }
  }

  preview(fileName: string, content: ImportContent): ImportPreview {
    this.cache.clear()
    let digest = () => ''
    const plan = this.plan(fileName, content, null, (of) => (digest = of))
    if (!('problems' in plan)) {
      this.cache.keep(digest(), this.now(), plan.checked, this.stores)
    }
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

  commit(fileName: string, content: ImportContent, applySettings: boolean): ImportResult {
    // The same file just previewed, with the user's data as the preview found it: its check
    // stands, and the file is not read and checked a second time (a file on disk is hashed).
    const kept = this.cache.take(fileName, content, this.now(), this.stores)
    const plan = this.plan(fileName, content, kept)
    if ('problems' in plan) {
      const first = plan.problems[0]
      throw new ApiFailure(
        'invalid_input',
        phrase('main.import.nothingImported', {
          problem: first ? problemPhrase(first) : phrase('main.import.unreadable'),
        }),
      )
    }
    const { data, settings } = plan.checked
    const { ratings, sessions, custom, breaks, checkins, stops } = this.stores
    const total = RECORD_KINDS.reduce((n, kind) => n + plan.added[kind], 0)
    const wrote = (done: number) => {
      // Cancelling between two writes rolls back the ones already made.
      stopIfCancelled(this.hooks)
      this.hooks.progress({ phase: 'writing', done, total })
    }
    inTransaction(this.db, () => {
      wrote(0)
      const big = data.ratings.length + data.practiceSessions.length
      withBulkRollups(this.db, big, () => {
        // In batches, so the bar moves and a cancel is heard while a big file is written.
        let done = 0
        for (const batch of batches(data.ratings)) {
          ratings.insertMissing(batch)
          wrote((done += batch.length))
        }
        for (const batch of batches(data.practiceSessions)) {
          sessions.insertMissing(batch)
          wrote((done += batch.length))
        }
      })
      // After the sessions: a stop reason belongs to a session already stored or just added.
      stops.insertMissing(data.stopReasons)
      custom.insertMissing(data.customPractices)
      checkins.insertMissing(data.checkins)
      wrote(total - data.breaks.length - data.sittingSpans.length)
      breaks.insertMissing(data.breaks, data.sittingSpans)
      // Each value was checked against its own setting's schema in validateImport.
      if (applySettings && Object.keys(settings).length > 0) this.stores.settings.update(settings)
      wrote(total)
    })
    return {
      added: plan.added,
      skipped: plan.skipped,
      settingsApplied: applySettings ? Object.keys(plan.checked.settings).length : 0,
    }
  }
}
