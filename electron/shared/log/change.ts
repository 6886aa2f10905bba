/**
 * How much a before→after change in a self-rating matters. The cut-offs are borrowed from pain
 * research (Farrar et al. 2001 for the "meaningful" drop, Salaffi et al. 2004 for the minimal
 * one); they were never validated for hip tension, so the app says so wherever it shows them.
 */
export const MEANINGFUL_DROP_POINTS = 2
export const MEANINGFUL_DROP_SHARE = 0.3
export const MINIMAL_DROP_POINTS = 1
export const MINIMAL_DROP_SHARE = 0.15

function isDropOf(before: number, after: number, points: number, share: number): boolean {
  const drop = before - after
  if (drop <= 0) return false
  return drop >= points || (before > 0 && drop / before >= share)
}

/** A drop of at least 2 points or at least 30% of the starting rating. */
export function isMeaningfulDrop(before: number, after: number): boolean {
  return isDropOf(before, after, MEANINGFUL_DROP_POINTS, MEANINGFUL_DROP_SHARE)
}

/** A drop of at least 1 point or at least 15% of the starting rating. */
export function isMinimalDrop(before: number, after: number): boolean {
  return isDropOf(before, after, MINIMAL_DROP_POINTS, MINIMAL_DROP_SHARE)
}
