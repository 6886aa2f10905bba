import { mkdirSync } from 'node:fs'
import type { Translator } from '../../shared/i18n/translator'
import { englishTranslator } from '../../shared/text/english-translator'
import { phrase, say } from '../../shared/text/phrase'
import type { Migration } from '../migrations/migration'
import { openDatabase, type OpenedDatabase } from './open-database'

const SQLITE_READONLY = 8
const SQLITE_FULL = 13
const SQLITE_CANTOPEN = 14

export type DataFolderProblem = 'read_only' | 'full' | 'unavailable'

/**
 * Loosen could not start on its data folder. The message is written for the person at the
 * screen (main shows it in a dialog); `problem` lets code and tests tell the cases apart.
 */
export class DataFolderError extends Error {
  override readonly name = 'DataFolderError'
  constructor(
    readonly folder: string,
    readonly problem: DataFolderProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

const PROBLEM_ID: Record<DataFolderProblem, string> = {
  full: 'main.dataFolder.full',
  read_only: 'main.dataFolder.readOnly',
  unavailable: 'main.dataFolder.unavailable',
}

/** What a DataFolderError says, in the translator's language (English by default). */
export function dataFolderMessage(
  problem: DataFolderProblem,
  folder: string,
  translator: Translator = englishTranslator(),
): string {
  return say(phrase(PROBLEM_ID[problem], { folder }), translator)
}

function codesOf(error: unknown): { errcode: number; code: string } {
  if (typeof error !== 'object' || error === null) return { errcode: NaN, code: '' }
  const errcode = 'errcode' in error ? Number(error.errcode) & 0xff : NaN
  const code = 'code' in error ? String(error.code) : ''
  return { errcode, code }
}

/** Words for a failure to create or open the data folder; undefined when it is something else. */
export function explainDataFolderFailure(
  error: unknown,
  folder: string,
): DataFolderError | undefined {
  const { errcode, code } = codesOf(error)
  if (errcode === SQLITE_FULL || code === 'ENOSPC') {
    return new DataFolderError(folder, 'full', dataFolderMessage('full', folder), { cause: error })
  }
  if (errcode === SQLITE_READONLY || ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return new DataFolderError(folder, 'read_only', dataFolderMessage('read_only', folder), {
      cause: error,
    })
  }
  if (errcode === SQLITE_CANTOPEN || ['ENOTDIR', 'EEXIST', 'EISDIR', 'ENOENT'].includes(code)) {
    return new DataFolderError(folder, 'unavailable', dataFolderMessage('unavailable', folder), {
      cause: error,
    })
  }
  return undefined
}

/**
 * Creates the data folder if needed and opens the database in it. A folder Loosen cannot write to
 * or a full disk becomes a DataFolderError with a clear message; the data is never touched.
 */
export function openDataFolder(
  folder: string,
  file: string,
  list: readonly Migration[],
  now: () => Date,
): OpenedDatabase {
  try {
    mkdirSync(folder, { recursive: true })
    return openDatabase(file, list, now)
  } catch (error) {
    throw explainDataFolderFailure(error, folder) ?? error
  }
}
