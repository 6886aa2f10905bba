import type { ImportResult } from '../../shared/contract/log'
import type { ExportFile, ImportPreview } from '../../shared/log/transfer-types'
import type { ExportWords } from '../export/export-words'
import type { Handlers } from '../ipc/dispatch'
import type { TransferRunner } from './worker-runner'

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
    'log:previewImport': async ({ fileName, text }) =>
      (await runner.run({ kind: 'preview', fileName, text, now: now() })) as ImportPreview,
    'log:commitImport': async ({ fileName, text, applySettings }) =>
      (await runner.run({
        kind: 'commit',
        fileName,
        text,
        applySettings,
        now: now(),
      })) as ImportResult,
    'log:transferStatus': () => runner.status(),
    'log:cancelTransfer': () => runner.cancel(),
  } satisfies Partial<Handlers>
}
