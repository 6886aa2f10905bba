import english from '../../../locales/en.json'
import type { MessageKey } from '../i18n/message-key'

/**
 * A 7-point global impression of change, PGIC-style: Loosen's own neutral wording of the usual
 * seven steps from "very much improved" to "very much worse". It is not the published PGIC text.
 * See docs/instruments.md. The wording lives in the catalogues (`checkins.globalChange.*`); the
 * English constants here read locales/en.json, so main and the screens share one source text.
 */
export const GLOBAL_CHANGE_QUESTION_KEY = 'checkins.globalChange.question' satisfies MessageKey
export const GLOBAL_CHANGE_QUESTION = english[GLOBAL_CHANGE_QUESTION_KEY]

function option<K extends MessageKey>(value: number, key: K) {
  return { value, key, label: english[key] }
}

/** 1 = very much improved … 4 = no change … 7 = very much worse. */
export const GLOBAL_CHANGE_OPTIONS = [
  option(1, 'checkins.globalChange.answer.veryMuchImproved'),
  option(2, 'checkins.globalChange.answer.muchImproved'),
  option(3, 'checkins.globalChange.answer.littleImproved'),
  option(4, 'checkins.globalChange.answer.noChange'),
  option(5, 'checkins.globalChange.answer.littleWorse'),
  option(6, 'checkins.globalChange.answer.muchWorse'),
  option(7, 'checkins.globalChange.answer.veryMuchWorse'),
] as const

export const GLOBAL_CHANGE_MIN = 1
export const GLOBAL_CHANGE_MAX = 7

function optionOf(value: number): (typeof GLOBAL_CHANGE_OPTIONS)[number] {
  const found = GLOBAL_CHANGE_OPTIONS.find((entry) => entry.value === value)
  if (!found) throw new RangeError('A global impression of change is a whole number from 1 to 7.')
  return found
}

/** The English answer, as stored and exported; screens translate `globalChangeLabelKey`. */
export function globalChangeLabel(value: number): string {
  return optionOf(value).label
}

/** The catalogue id of an answer's wording, for the person's language. */
export function globalChangeLabelKey(value: number): MessageKey {
  return optionOf(value).key
}

/**
 * IMMPACT (Dworkin et al. 2008) treats "much improved" or better on a 7-point global impression
 * as a moderately important or substantial improvement. Borrowed from research; not a diagnosis.
 */
export function globalChangeMeaningful(value: number): boolean {
  globalChangeLabel(value)
  return value <= 2
}
