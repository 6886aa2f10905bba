import type { MessageKey } from '../i18n/message-key'
import type { Translator } from '../i18n/translator'
import type { CueAction, CueTrigger } from '../settings/reminders'
import { englishTranslator } from '../text/english-translator'
import type { NoticeText } from './notice-text'

/** How each trigger reads in the editor ("After …"): message ids, for `t(CUE_TRIGGER_ID[x])`. */
export const CUE_TRIGGER_ID: Record<CueTrigger, MessageKey> = {
  unlock: 'notice.cue.trigger.unlock',
  back: 'notice.cue.trigger.back',
  'call-end': 'notice.cue.trigger.callEnd',
  'hours-start': 'notice.cue.trigger.hoursStart',
}

/** How each action reads in the editor ("… offer me …"): message ids. */
export const CUE_ACTION_ID: Record<CueAction, MessageKey> = {
  practice: 'notice.cue.action.practice',
  movement: 'notice.cue.action.movement',
  checkin: 'notice.cue.action.checkin',
}

function inEnglish<K extends string>(ids: Record<K, MessageKey>): Record<K, string> {
  const t = englishTranslator().t
  return Object.fromEntries(Object.entries<MessageKey>(ids).map(([k, id]) => [k, t(id)])) as Record<
    K,
    string
  >
}

/** English labels, for callers not yet translating (prefer `t(CUE_TRIGGER_ID[trigger])`). */
export const CUE_TRIGGER_LABEL: Record<CueTrigger, string> = inEnglish(CUE_TRIGGER_ID)
/** English labels, for callers not yet translating (prefer `t(CUE_ACTION_ID[action])`). */
export const CUE_ACTION_LABEL: Record<CueAction, string> = inEnglish(CUE_ACTION_ID)

const AFTER: Record<CueTrigger, MessageKey> = {
  unlock: 'notice.cue.after.unlock',
  back: 'notice.cue.after.back',
  'call-end': 'notice.cue.after.callEnd',
  'hours-start': 'notice.cue.after.hoursStart',
}

const OFFER: Record<CueAction, MessageKey> = {
  practice: 'notice.cue.offer.practice',
  movement: 'notice.cue.offer.movement',
  checkin: 'notice.cue.offer.checkin',
}

/** The cue's notification: the user's own plan, offered, never required. */
export function cueNotice(
  trigger: CueTrigger,
  action: CueAction,
  translator: Translator = englishTranslator(),
): NoticeText {
  const { t } = translator
  return {
    title: t('notice.cue.title', { after: t(AFTER[trigger]), offer: t(OFFER[action]) }),
    body: t('notice.cue.body'),
  }
}
