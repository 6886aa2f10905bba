import type { Translator } from '../i18n/translator'
import { englishTranslator } from '../text/english-translator'

/**
 * The words on reminder notifications, shared by main and the settings preview. Each takes
 * the translator in force (main's or the page's `useT()`), so both show the same words; left
 * out, English.
 */

export interface NoticeText {
  title: string
  body: string
}

function wholeMinutes(ms: number): number {
  return Math.max(1, Math.round(ms / 60_000))
}

export function dueNotice(
  sittingMs: number,
  breakMin: number,
  canAct: boolean,
  translator: Translator = englishTranslator(),
): NoticeText {
  return {
    title: translator.t('notice.due.title'),
    body: translator.t('notice.due.body', {
      minutes: wholeMinutes(sittingMs),
      breakMin,
      how: canAct ? 'buttons' : 'click',
    }),
  }
}

export function headsUpNotice(
  msLeft: number,
  translator: Translator = englishTranslator(),
): NoticeText {
  return {
    title: translator.t('notice.headsUp.title', { minutes: wholeMinutes(msLeft) }),
    body: translator.t('notice.headsUp.body'),
  }
}

/** A daily reminder: its title is the person's own name for it, kept as written. */
export function dailyNotice(
  label: string,
  translator: Translator = englishTranslator(),
): NoticeText {
  return { title: label, body: translator.t('notice.daily.body') }
}

/** A micro-break: seconds, not minutes; nothing to start or snooze. */
export function microNotice(translator: Translator = englishTranslator()): NoticeText {
  return { title: translator.t('notice.micro.title'), body: translator.t('notice.micro.body') }
}

/** Sit/stand mode at a standing desk: which way to change, and nothing to start or snooze. */
export function postureNotice(
  change: 'stand' | 'sit',
  translator: Translator = englishTranslator(),
): NoticeText {
  return change === 'stand'
    ? {
        title: translator.t('notice.posture.stand.title'),
        body: translator.t('notice.posture.stand.body'),
      }
    : {
        title: translator.t('notice.posture.sit.title'),
        body: translator.t('notice.posture.sit.body'),
      }
}
