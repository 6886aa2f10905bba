import { phrase, say } from '../../shared/text/phrase'
import type { Change } from '../core/change-bus'
import { ApiFailure } from '../core/api-failure'
import { checkInBackground } from '../db/integrity'
import { openSqlite } from '../db/sqlite'
import { exportData } from '../export/export-service'
import { translatorFromWords } from '../export/export-words'
import type { ImportHooks } from '../import/import-hooks'
import { ImportService } from '../import/import-service'
import { PlanCache } from '../import/plan-cache'
import { describeStorageError } from '../ipc/storage-errors'
import { recordStoresFor } from './record-stores'
import type { JobOutcome, TransferJob } from './transfer-job'

/** This thread's previewed file, kept for its commit (the runner keeps the worker meanwhile). */
const plans = new PlanCache()

/**
 * Runs one transfer job on a connection of its own to the database file (in the worker
 * thread). The repositories here publish to a list instead of the app's bus; main publishes
 * that list once the job's transaction has committed, so listeners hear it as from any write.
 */
const INTERNAL = phrase('main.ipc.internal')

export function runJob(file: string, job: TransferJob, hooks: ImportHooks): JobOutcome {
  const changes: Change[] = []
  try {
    if (job.kind === 'check') return { ok: true, value: checkInBackground(file), changes }
    const db = openSqlite(file)
    try {
      const now = () => job.now
      const stores = recordStoresFor(db, now, { publish: (change) => changes.push(change) })
      const value = perform(job, new ImportService(db, now, stores, hooks, plans), () =>
        exportData(
          db,
          stores,
          job.kind === 'export' ? job.format : 'json',
          job.now,
          hooks,
          translatorFromWords(job.kind === 'export' ? job.words : undefined),
        ),
      )
      return { ok: true, value, changes }
    } finally {
      db.close()
    }
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: error.toApiError() }
    const storage = describeStorageError(error)
    if (storage) return { ok: false, error: storage }
    return {
      ok: false,
      error: { code: 'internal', message: say(INTERNAL), phrase: INTERNAL },
      internal: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }
  }
}

function perform(job: TransferJob, imports: ImportService, exportAll: () => unknown): unknown {
  switch (job.kind) {
    case 'export':
      return exportAll()
    case 'preview':
      return imports.preview(job.fileName, job.content)
    case 'commit':
      return imports.commit(job.fileName, job.content, job.applySettings)
    case 'check':
      throw new Error('The integrity check opens no connection of its own here.')
  }
}
