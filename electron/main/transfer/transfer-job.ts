import type { ExportFormat } from '../../shared/contract/log'
import type { ExportWords } from '../export/export-words'
import type { ApiError } from '../../shared/result'
import type { Change } from '../core/change-bus'
import type { TransferProgress } from '../import/import-hooks'
import type { ImportContent } from '../import/import-content'

/** One piece of transfer work, as main hands it to the worker (structured-cloned). */
export type TransferJob =
  /** `words`: the person's language, for the spreadsheet export (the backups stay English). */
  | { kind: 'export'; format: ExportFormat; now: number; words?: ExportWords }
  /** `content`: the file's path (read by the worker itself) or, for a file with none, its text. */
  | { kind: 'preview'; fileName: string; content: ImportContent; now: number }
  | {
      kind: 'commit'
      fileName: string
      content: ImportContent
      applySettings: boolean
      now: number
    }
  /** The full integrity check owed by a big database opened without it (db/integrity.ts). */
  | { kind: 'check'; now: number }

/** A job as posted to the worker: the database file, the job, and the shared cancel flag. */
export interface JobRequest {
  file: string
  job: TransferJob
  cancel: Int32Array
}

/** How a job ended: its answer and what it committed (main publishes that), or a refusal. */
export type JobOutcome =
  | { ok: true; value: unknown; changes: Change[] }
  | { ok: false; error: ApiError; internal?: string }

/** What the worker posts to main. */
export type WorkerMessage =
  { type: 'progress'; progress: TransferProgress } | { type: 'done'; outcome: JobOutcome }
