import { SPREADSHEET_ZIP_MIME, type ExportFormat } from '../../shared/contract/log'
import type { ExportFile } from '../../shared/log/transfer-types'
import type { Translator } from '../../shared/i18n/translator'
import { englishTranslator } from '../../shared/text/english-translator'
import type { Database } from '../db/sqlite'
import { NO_HOOKS, type ImportHooks } from '../import/import-hooks'
import type { RecordStores } from '../transfer/record-stores'
import { countRecords } from './dataset'
import { readDataset } from './read-dataset'
import { datasetToCsv } from './to-csv'
import { datasetToJson, localIso } from './to-json'
import { datasetToSpreadsheets } from './to-spreadsheet'
import { zipStore } from './zip-store'

/**
 * Builds the export in main and hands the text to the renderer, which saves it as a download.
 * That keeps file dialogs out of main and works the same in the app and in browser tests.
 */
export function exportData(
  db: Database,
  stores: RecordStores,
  format: ExportFormat,
  now: number,
  hooks: ImportHooks = NO_HOOKS,
  /** The person's language: only the spreadsheet zip, made for reading, uses it. */
  translator: Translator = englishTranslator(),
): ExportFile {
  hooks.progress({ phase: 'exporting', done: 0, total: 2 })
  const data = readDataset(db, stores)
  hooks.progress({ phase: 'exporting', done: 1, total: 2 })
  const day = localIso(now).slice(0, 10)
  if (format === 'spreadsheet') {
    const files = datasetToSpreadsheets(data, translator)
    const zip = zipStore(
      files.map((f) => ({ name: f.name, data: new TextEncoder().encode(f.text) })),
      new Date(now),
    )
    return {
      fileName: `loosen-for-a-spreadsheet-${day}.zip`,
      mimeType: SPREADSHEET_ZIP_MIME,
      content: Buffer.from(zip).toString('base64'),
      counts: countRecords(data),
    }
  }
  return format === 'json'
    ? {
        fileName: `loosen-export-${day}.json`,
        mimeType: 'application/json',
        content: datasetToJson(data, now),
        counts: countRecords(data),
      }
    : {
        fileName: `loosen-export-${day}.csv`,
        mimeType: 'text/csv',
        content: datasetToCsv(data),
        counts: countRecords(data),
      }
}
