import type { FeatureDeps } from '../core/feature'
import { takeBackgroundCheck } from '../db/integrity'
import { exportData } from '../export/export-service'
import { translatorFromWords, type ExportWords } from '../export/export-words'
import { NO_HOOKS } from '../import/import-hooks'
import { ImportService } from '../import/import-service'
import { PlanCache } from '../import/plan-cache'
import type { RecordStores } from './record-stores'
import { createTransferHandlers } from './transfer-handlers'
import type { JobOutcome, TransferJob } from './transfer-job'
import { TransferRunner } from './worker-runner'

export interface TransferFeatureDeps extends FeatureDeps {
  /** The other features' repositories: transfer owns no table of its own. */
  stores: RecordStores
  /** The person's language now, for the spreadsheet export; English without it. */
  words?: () => ExportWords
}

/**
 * Export and import of everything a person keeps, in a worker thread with its own connection
 * (transfer/worker-runner.ts), one at a time, with progress and cancel. Import checks a file
 * record by record with the app's own schemas and repositories (on a scratch database), then
 * has each repository insert the records it does not have yet, all in one transaction. What
 * the worker committed is published on the app's bus once it reports back, so an imported
 * break interval reaches the reminders like one set by hand.
 */
export function createTransferFeature(deps: TransferFeatureDeps) {
  // A database with no file (a test's `:memory:`) cannot be shared with a worker.
  const file = deps.db.location() || null
  const plans = new PlanCache()
  const runner = new TransferRunner(file, deps.changes, deps.log, (job) =>
    inProcess(deps, job, plans),
  )
  // A big database opened without reading every page gets that check now, off main's thread.
  if (takeBackgroundCheck(deps.db)) runner.checkInBackground()
  return { handlers: createTransferHandlers(runner, deps.now, deps.words), runner }
}

function inProcess(deps: TransferFeatureDeps, job: TransferJob, plans: PlanCache): JobOutcome {
  if (job.kind === 'check') return { ok: true, value: true, changes: [] }
  if (job.kind === 'export') {
    const words = translatorFromWords(job.words)
    const value = exportData(deps.db, deps.stores, job.format, job.now, NO_HOOKS, words)
    return { ok: true, value, changes: [] }
  }
  const imports = new ImportService(deps.db, () => job.now, deps.stores, NO_HOOKS, plans)
  const value =
    job.kind === 'preview'
      ? imports.preview(job.fileName, job.content)
      : imports.commit(job.fileName, job.content, job.applySettings)
  // The stores here are the app's own: they published on commit already.
  return { ok: true, value, changes: [] }
}
