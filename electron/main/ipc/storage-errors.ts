import type { ApiError } from '../../shared/result'
import { phrase, say } from '../../shared/text/phrase'

const SQLITE_READONLY = 8
const SQLITE_IOERR = 10
const SQLITE_FULL = 13
const SQLITE_CANTOPEN = 14

function refusal(code: ApiError['code'], id: string): ApiError {
  const said = phrase(id)
  return { code, message: say(said), phrase: said }
}

/** Maps a failed write or read to words a person can act on; undefined when it is not storage. */
export function describeStorageError(error: unknown): ApiError | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const errcode = 'errcode' in error ? Number(error.errcode) & 0xff : NaN
  const code = 'code' in error ? String(error.code) : ''
  if (errcode === SQLITE_FULL || code === 'ENOSPC') {
    return refusal('storage_full', 'main.storage.full')
  }
  if (errcode === SQLITE_READONLY || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return refusal('storage_read_only', 'main.storage.readOnly')
  }
  if (errcode === SQLITE_IOERR || errcode === SQLITE_CANTOPEN) {
    return refusal('storage_failed', 'main.storage.failed')
  }
  return undefined
}
