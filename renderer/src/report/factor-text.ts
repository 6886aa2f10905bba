import type { FactorEffect } from '../../../electron/shared/contract/report'
import { englishOnlyCatalogues } from '../../../electron/shared/i18n/english-only'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import type { Translator } from '../../../electron/shared/i18n/translator'

const BEHAVIOURS: Partial<Record<string, MessageKey>> = {
  'behaviour:practice': 'report.factors.behaviour.practice',
  'behaviour:4-breaks': 'report.factors.behaviour.fourBreaks',
}

let english: Translator | null = null

/** English (en-US figures), for callers with no translator: tests that rebuild the report's text. */
function inEnglish(): Translator {
  english ??= englishOnlyCatalogues.translatorFor({ messages: 'en', format: 'en-US', dir: 'ltr' })
  return english
}

export function factorLabel(factor: string, translator: Translator = inEnglish()): string {
  const key = BEHAVIOURS[factor]
  return key ? translator.t(key) : translator.t('report.factors.tagged', { tag: factor })
}

/** One sentence about a factor, worded as an association in the user's own records. */
export function factorSentence(effect: FactorEffect, translator: Translator = inEnglish()): string {
  const figure = new Intl.NumberFormat(translator.locale.format, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  const days = { withDays: effect.withDays, withoutDays: effect.withoutDays }
  if (!effect.clear) {
    return translator.t('report.factors.unclear', {
      low: figure.format(effect.low),
      high: figure.format(effect.high),
      ...days,
    })
  }
  // The interval as sizes of the difference, smaller first: "2.4 to 3.4 lower".
  const [near, far] = effect.difference < 0 ? [effect.high, effect.low] : [effect.low, effect.high]
  return translator.t('report.factors.clear', {
    size: figure.format(Math.abs(effect.difference)),
    side: effect.difference < 0 ? 'lower' : 'higher',
    near: figure.format(Math.abs(near)),
    far: figure.format(Math.abs(far)),
    ...days,
  })
}
