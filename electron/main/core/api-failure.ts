import type { ApiError, ApiErrorCode } from '../../shared/result'

/**
 * A refusal the user should read ("a rating cannot be dated in the future"). Services throw it
 * without knowing who asked; the dispatcher turns it into a typed error for the renderer.
 */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message)
  }

  toApiError(): ApiError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}
