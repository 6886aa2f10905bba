import type { Translator } from '../../shared/i18n/translator'
import type { NoticeAction } from './reminder-world'

/** The words on a notice's buttons, in the translator's language. */
export function noticeActionLabels(translator: Translator): Record<NoticeAction, string> {
  return {
    'start-break': translator.t('notice.action.startBreak'),
    snooze: translator.t('notice.action.snooze'),
  }
}
