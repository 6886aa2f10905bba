import { mkdirSync } from 'node:fs'
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
    return new DataFolderError(
      folder,
      'full',
      `The disk that holds Loosen's data folder (${folder}) is full. Nothing was deleted. Free some space, then start Loosen again.`,
      { cause: error },
    )
  }
  if (errcode === SQLITE_READONLY || ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return new DataFolderError(
      folder,
      'read_only',
      `Loosen cannot write to its data folder (${folder}). Nothing was deleted. Check that the folder and the files in it are yours and not read-only, then start Loosen again.`,
      { cause: error },
    )
  }
  if (errcode === SQLITE_CANTOPEN || ['ENOTDIR', 'EEXIST', 'EISDIR', 'ENOENT'].includes(code)) {
    return new DataFolderError(
      folder,
      'unavailable',
      `Loosen cannot open its data file in ${folder}: the folder cannot be created or written to, or something else is in the way. Nothing was deleted. Check the folder, then start Loosen again.`,
      { cause: error },
    )
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
