import type { ImportResult } from '../../shared/contract/log'
import type { ExportFile, ImportPreview } from '../../shared/log/transfer-types'
import type { ExportWords } from '../export/export-words'
import type { ImportContent } from '../import/import-content'
import type { Handlers } from '../ipc/dispatch'
import type { TransferRunner } from './worker-runner'

/**
 * The picked file as the worker gets it: its path (the worker reads it; main never holds the
 * text) or, for a file with none, the text the page read. The schema let exactly one through.
 */
function contentOf(text: string | undefined, path: string | undefined): ImportContent {
  return path !== undefined ? { path } : (text ?? '')
}

/** Each job runs in the worker; main publishes what it committed. Nothing is emitted here. */
export function createTransferHandlers(
  runner: TransferRunner,
  now: () => number,
  words?: () => ExportWords,
) {
  return {
    'log:export': async ({ format }) =>
      (await runner.run({
        kind: 'export',
        format,
        now: now(),
        ...(format === 'spreadsheet' && words ? { words: words() } : {}),
      })) as ExportFile,
    'log:previewImport': async ({ fileName, text, path }) =>
      (await runner.run({
        kind: 'preview',
        fileName,
        content: contentOf(text, path),
        now: now(),
      })) as ImportPreview,
    'log:commitImport': async ({ fileName, text, path, applySettings }) =>
      (await runner.run({
        kind: 'commit',
        fileName,
        content: contentOf(text, path),
        applySettings,
        now: now(),
      })) as ImportResult,
    'log:transferStatus': () => runner.status(),
    'log:cancelTransfer': () => runner.cancel(),
  } satisfies Partial<Handlers>
}
