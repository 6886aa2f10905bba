import type { ApiError } from '../../../electron/shared/result'

/**
 * Words for a refused save: where the problem is (a day, a reminder, a field) in the form's own
 * terms, main's reason without its technical field path, and that nothing changed.
 */
export function refusalText(error: ApiError, where?: string): string {
  const reason = error.message.replace(/^[\w.]+: /, '')
  return where ? `${where}: ${reason} Nothing was saved.` : `${reason} Nothing was saved.`
}
