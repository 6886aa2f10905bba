const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/**
 * The before and after self-ratings as the user gave them: "7 → 4, three points looser".
 * It describes their own numbers, not an effect of the practice.
 */
export function ratingChange(before: number, after: number): string {
  const drop = before - after
  const size = Math.abs(drop)
  const points = `${WORDS[size] ?? String(size)} point${size === 1 ? '' : 's'}`
  if (drop === 0) return `${before} → ${after}, the same as before`
  return `${before} → ${after}, ${points} ${drop > 0 ? 'looser' : 'tighter'}`
}
