import type { Translate } from './format'

/**
 * The before and after self-ratings as the user gave them: "7 → 4, three points looser".
 * It describes their own numbers, not an effect of the practice.
 */
export function ratingChange(t: Translate, before: number, after: number): string {
  const drop = before - after
  const direction = drop === 0 ? 'same' : drop > 0 ? 'looser' : 'tighter'
  return t('practice.summary.ratingChange', { before, after, direction, size: Math.abs(drop) })
}
