/** Error codes a renderer can branch on. Messages are written for people, codes for code. */
export type ApiErrorCode =
  | 'invalid_input'
  | 'unknown_channel'
  | 'not_found'
  | 'conflict'
  | 'storage_full'
  | 'storage_read_only'
  | 'storage_failed'
  | 'internal'

export interface ApiError {
  code: ApiErrorCode
  message: string
  /** Dotted path of the offending field, when the error is about one field. */
  field?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(error: ApiError): Result<T> {
  return { ok: false, error }
}
