import english from '../../../locales/en.json'
import { englishOnlyCatalogues } from '../i18n/english-only'
import type { Translator } from '../i18n/translator'
import { globalChangeLabel, globalChangeLabelKey, globalChangeMeaningful } from './global-change'
import { pegChange, pegReductionPct, type PegChange } from './peg'
import type { Checkin } from './schema'

export interface PegSummary {
  count: number
  /** The first PEG answered, the one later scores are compared with. */
  baseline: { score: number; takenAt: number } | null
  latest: { score: number; takenAt: number; answers: number[] } | null
  change: PegChange
  /** Reduction from baseline in percent (negative: the score rose); null with one score or none. */
  reductionPct: number | null
}

export interface GlobalChangeSummary {
  count: number
  /** `label` is the English answer; `labelKey` its catalogue id, for the person's language. */
  latest: {
    value: number
    label: string
    labelKey: ReturnType<typeof globalChangeLabelKey>
    takenAt: number
    meaningful: boolean
  } | null
}

function answered(checkins: readonly Checkin[], instrument: Checkin['instrument']): Checkin[] {
  return checkins
    .filter((entry) => entry.instrument === instrument && entry.status === 'answered')
    .sort((a, b) => a.takenAt - b.takenAt)
}

export function summarizePeg(checkins: readonly Checkin[]): PegSummary {
  const pegs = answered(checkins, 'peg')
  const first = pegs[0]
  const last = pegs.at(-1)
  if (!first || !last || first.score === null || last.score === null) {
    return { count: 0, baseline: null, latest: null, change: 'no-baseline', reductionPct: null }
  }
  const compared = pegs.length > 1
  return {
    count: pegs.length,
    baseline: { score: first.score, takenAt: first.takenAt },
    latest: { score: last.score, takenAt: last.takenAt, answers: last.answers },
    change: compared ? pegChange(first.score, last.score) : 'no-baseline',
    reductionPct: compared ? pegReductionPct(first.score, last.score) : null,
  }
}

export function summarizeGlobalChange(checkins: readonly Checkin[]): GlobalChangeSummary {
  const answers = answered(checkins, 'global-change')
  const last = answers.at(-1)
  const value = last?.answers[0]
  if (!last || value === undefined) return { count: 0, latest: null }
  return {
    count: answers.length,
    latest: {
      value,
      label: globalChangeLabel(value),
      labelKey: globalChangeLabelKey(value),
      takenAt: last.takenAt,
      meaningful: globalChangeMeaningful(value),
    },
  }
}

/** English, read from the catalogue (`checkins.summary.*`); screens use `t()` with those ids. */
export const PEG_MEANING = english['checkins.summary.pegMeaning']

export const BORROWED_NOTE = english['checkins.summary.borrowedNote']

let englishTranslator: Translator | null = null

function inEnglish(): Translator {
  englishTranslator ??= englishOnlyCatalogues.translatorFor({
    messages: 'en',
    format: 'en-US',
    dir: 'ltr',
  })
  return englishTranslator
}

/**
 * One sentence on the PEG change since the first check-in, or null when there is no comparison;
 * in the translator's language (English when none is given).
 */
export function pegChangeSentence(
  summary: PegSummary,
  translator: Translator = inEnglish(),
): string | null {
  if (summary.reductionPct === null || !summary.baseline || !summary.latest) return null
  const score = new Intl.NumberFormat(translator.locale.format, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  return translator.t('checkins.summary.pegChange', {
    from: score.format(summary.baseline.score),
    to: score.format(summary.latest.score),
    percent: Math.abs(summary.reductionPct) / 100,
    direction: summary.reductionPct >= 0 ? 'lower' : 'higher',
    change: summary.change,
  })
}
