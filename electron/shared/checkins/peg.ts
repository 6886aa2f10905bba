import english from '../../../locales/en.json'

/**
 * PEG: the three-item scale of pain intensity and interference (Krebs et al. 2009, J Gen Intern
 * Med 24:733-738; public domain). Items as published; the score is the mean of the three, 0-10.
 * Source, citation and terms: docs/instruments.md.
 */
function item<K extends 'pain' | 'enjoyment' | 'activity'>(key: K) {
  const textKey = `checkins.peg.${key}.question` as const
  const lowKey = `checkins.peg.${key}.low` as const
  const highKey = `checkins.peg.${key}.high` as const
  return {
    key,
    textKey,
    lowKey,
    highKey,
    text: english[textKey],
    low: english[lowKey],
    high: english[highKey],
  }
}

/**
 * The items' wording lives in the catalogues (`checkins.peg.<item>.*`, a translation must be a
 * validated one); `text`, `low` and `high` are the English as published, read from en.json.
 */
export const PEG_ITEMS = [item('pain'), item('enjoyment'), item('activity')] as const

export const PEG_ITEM_MIN = 0
export const PEG_ITEM_MAX = 10

/** The PEG score: the mean of its three 0-10 items, to one decimal place. */
export function pegScore(answers: readonly number[]): number {
  if (answers.length !== PEG_ITEMS.length) {
    throw new RangeError(`The PEG has ${String(PEG_ITEMS.length)} items.`)
  }
  for (const value of answers) {
    if (!Number.isInteger(value) || value < PEG_ITEM_MIN || value > PEG_ITEM_MAX) {
      throw new RangeError('Each PEG item is a whole number from 0 to 10.')
    }
  }
  const mean = answers.reduce((sum, value) => sum + value, 0) / answers.length
  return Math.round(mean * 10) / 10
}

/**
 * Change against a first (baseline) score, read with the thresholds IMMPACT gives for 0-10 pain
 * scales (Dworkin et al. 2008, J Pain 9:105): a reduction of at least 30% is moderately important,
 * of at least 50% substantial. Borrowed from research on groups; not a diagnosis.
 */
export type PegChange = 'substantial' | 'moderate' | 'none' | 'no-baseline'

export function pegChange(baseline: number | null, latest: number): PegChange {
  if (baseline === null || baseline <= 0) return 'no-baseline'
  const reduction = (baseline - latest) / baseline
  // A tiny epsilon so 10 → 7 (exactly 30%) counts despite floating point.
  if (reduction >= 0.5 - 1e-9) return 'substantial'
  if (reduction >= 0.3 - 1e-9) return 'moderate'
  return 'none'
}

/** The percentage reduction from baseline (negative when the score rose), or null without one. */
export function pegReductionPct(baseline: number | null, latest: number): number | null {
  if (baseline === null || baseline <= 0) return null
  return Math.round(((baseline - latest) / baseline) * 100)
}
