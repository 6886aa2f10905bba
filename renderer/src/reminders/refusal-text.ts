import type { Translator } from '../../../electron/shared/i18n/translator'
import type { ApiError } from '../../../electron/shared/result'

/**
 * Words for a refused save: where the problem is (a day, a reminder, a field) in the form's own
 * terms, main's reason without its technical field path, and that nothing changed.
 */
export function refusalText(error: ApiError, t: Translator['t'], where?: string): string {
  const reason = error.problem ?? error.message
  return where
    ? t('reminders.refusal.at', { where, reason })
    : t('reminders.refusal.plain', { reason })
}
