import type { ApiError } from '../../shared/result'

const SQLITE_READONLY = 8
const SQLITE_IOERR = 10
const SQLITE_FULL = 13
const SQLITE_CANTOPEN = 14

/** Maps a failed write or read to words a person can act on; undefined when it is not storage. */
export function describeStorageError(error: unknown): ApiError | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const errcode = 'errcode' in error ? Number(error.errcode) & 0xff : NaN
  const code = 'code' in error ? String(error.code) : ''
  if (errcode === SQLITE_FULL || code === 'ENOSPC') {
    return {
      code: 'storage_full',
      message:
        'The disk is full, so this change was not saved. Everything saved earlier is safe. Free some space and try again.',
    }
  }
  if (errcode === SQLITE_READONLY || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return {
      code: 'storage_read_only',
      message:
        "Loosen's data folder cannot be written to, so this change was not saved. Everything saved earlier is safe.",
    }
  }
  if (errcode === SQLITE_IOERR || errcode === SQLITE_CANTOPEN) {
    return {
      code: 'storage_failed',
      message: 'The data file could not be read or written just now. Nothing was changed.',
    }
  }
  return undefined
}
