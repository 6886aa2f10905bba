import type { QuietReason } from '../contract/reminders'
import type { Translator } from '../i18n/translator'
import { englishTranslator } from '../text/english-translator'

/**
 * "Quiet: you're in a call" — the tray headline and the Reminders screen say the same, each
 * through its own translator (left out: English).
 */
export function quietText(
  reason: QuietReason,
  detail: string | null,
  translator: Translator = englishTranslator(),
): string {
  const { t } = translator
  switch (reason) {
    case 'call':
      return t('notice.quiet.call')
    case 'fullscreen':
      return t('notice.quiet.fullscreen')
    case 'focus-app':
      // The app's own name, as the system gives it; never translated.
      return detail
        ? t('notice.quiet.focusApp', { app: detail })
        : t('notice.quiet.focusAppUnnamed')
    case 'do-not-disturb':
      return t('notice.quiet.doNotDisturb')
  }
}

/** The first words of a reminder held back until a quiet time ended. */
export function afterQuietLead(
  reason: QuietReason,
  translator: Translator = englishTranslator(),
): string {
  const { t } = translator
  switch (reason) {
    case 'call':
      return t('notice.afterQuiet.call')
    case 'fullscreen':
      return t('notice.afterQuiet.fullscreen')
    case 'focus-app':
      return t('notice.afterQuiet.focusApp')
    case 'do-not-disturb':
      return t('notice.afterQuiet.doNotDisturb')
  }
}
