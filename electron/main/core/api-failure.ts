import type { ApiError, ApiErrorCode } from '../../shared/result'
import { type Phrase, say } from '../../shared/text/phrase'

/**
 * A refusal the user should read ("a rating cannot be dated in the future"). Services throw it
 * without knowing who asked; the dispatcher turns it into a typed error for the renderer, in
 * the person's language when it was given as a phrase (a message id and its values).
 */
export class ApiFailure extends Error {
  readonly phrase: Phrase | undefined

  constructor(
    readonly code: ApiErrorCode,
    message: string | Phrase,
    readonly field?: string,
  ) {
    super(typeof message === 'string' ? message : say(message))
    this.phrase = typeof message === 'string' ? undefined : message
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message }
    if (this.field !== undefined) error.field = this.field
    if (this.phrase !== undefined) error.phrase = this.phrase
    return error
  }
}
