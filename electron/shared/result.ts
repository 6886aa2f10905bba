import type { Phrase } from './text/phrase'

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
  /** In the person's language when main answers; English where it is made. */
  message: string
  /** Dotted path of the offending field, when the error is about one field. */
  field?: string
  /** With `field`: the reason alone, in the person's language, for a form showing it there. */
  problem?: string
  /**
   * The message as words to be said (electron/shared/text/phrase.ts), while it travels from
   * where it was made (a service, the transfer worker) to main's dispatcher, which says it in
   * the person's language and leaves it out of the answer.
   */
  phrase?: Phrase
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(error: ApiError): Result<T> {
  return { ok: false, error }
}
