import type { FeatureDeps } from '../core/feature'
import { exportData } from '../export/export-service'
import { ImportService } from '../import/import-service'
import type { RecordStores } from './record-stores'
import { createTransferHandlers } from './transfer-handlers'

export interface TransferFeatureDeps extends FeatureDeps {
  /** The other features' repositories: transfer owns no table of its own. */
  stores: RecordStores
}

/**
 * Export and import of everything a person keeps. Export reads through each repository in one
 * read transaction; import checks a file record by record with the app's own schemas and
 * repositories (on a scratch database), then has each repository insert the records it does
 * not have yet, all in one transaction. The repositories and the settings store announce what
 * they committed, so an imported break interval reaches the reminders like one set by hand.
 */
export function createTransferFeature(deps: TransferFeatureDeps) {
  const imports = new ImportService(deps.db, deps.now, deps.stores)
  const exportAll = (format: 'json' | 'csv') => exportData(deps.db, deps.stores, format, deps.now())
  return { handlers: createTransferHandlers({ exportAll, imports }) }
}
