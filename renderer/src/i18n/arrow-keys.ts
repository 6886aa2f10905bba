/**
 * Arrow keys follow what is drawn: in a right-to-left page a track or a row of steps runs from
 * the right, so ArrowLeft moves forward. Returns the key as a left-to-right page would read it.
 */
export function readingArrow(key: string, dir: 'ltr' | 'rtl'): string {
  if (dir === 'ltr') return key
  if (key === 'ArrowLeft') return 'ArrowRight'
  if (key === 'ArrowRight') return 'ArrowLeft'
  return key
}

/** The key that moves forward (next, more) in a page of this direction. */
export const forwardArrow = (dir: 'ltr' | 'rtl') => (dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight')
export const backwardArrow = (dir: 'ltr' | 'rtl') => (dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft')
