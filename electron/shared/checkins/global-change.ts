/**
 * A 7-point global impression of change, PGIC-style: Loosen's own neutral wording of the usual
 * seven steps from "very much improved" to "very much worse". It is not the published PGIC text.
 * See docs/instruments.md.
 */
export const GLOBAL_CHANGE_QUESTION =
  'Since you started using Loosen, or since your last monthly check-in if you had one, how would you describe any change in your hips and pelvis overall?'

/** 1 = very much improved … 4 = no change … 7 = very much worse. */
export const GLOBAL_CHANGE_OPTIONS = [
  { value: 1, label: 'Very much improved' },
  { value: 2, label: 'Much improved' },
  { value: 3, label: 'A little improved' },
  { value: 4, label: 'No change' },
  { value: 5, label: 'A little worse' },
  { value: 6, label: 'Much worse' },
  { value: 7, label: 'Very much worse' },
] as const

export const GLOBAL_CHANGE_MIN = 1
export const GLOBAL_CHANGE_MAX = 7

export function globalChangeLabel(value: number): string {
  const option = GLOBAL_CHANGE_OPTIONS.find((entry) => entry.value === value)
  if (!option) throw new RangeError('A global impression of change is a whole number from 1 to 7.')
  return option.label
}

/**
 * IMMPACT (Dworkin et al. 2008) treats "much improved" or better on a 7-point global impression
 * as a moderately important or substantial improvement. Borrowed from research; not a diagnosis.
 */
export function globalChangeMeaningful(value: number): boolean {
  globalChangeLabel(value)
  return value <= 2
}
