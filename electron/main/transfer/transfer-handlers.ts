import type { ExportFile } from '../../shared/log/transfer-types'
import type { ImportService } from '../import/import-service'
import type { Handlers } from '../ipc/dispatch'

export interface TransferHandlerContext {
  exportAll: (format: 'json' | 'csv') => ExportFile
  imports: ImportService
}

/** Each repository the import writes through announces its own change; nothing is emitted here. */
export function createTransferHandlers({ exportAll, imports }: TransferHandlerContext) {
  return {
    'log:export': ({ format }) => exportAll(format),
    'log:previewImport': ({ fileName, text }) => imports.preview(fileName, text),
    'log:commitImport': ({ fileName, text, applySettings }) =>
      imports.commit(fileName, text, applySettings),
  } satisfies Partial<Handlers>
}
