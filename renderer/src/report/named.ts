/** An ICU `select` key for a yes-or-no fact, e.g. `{named, select, yes {…} other {}}`. */
export function yesNo(fact: boolean): 'yes' | 'no' {
  return fact ? 'yes' : 'no'
}

/** The values a page title gives its optional name: `Title: A. Client`, or `Title` alone. */
export function namedValues(name: string): { named: 'yes' | 'no'; name: string } {
  const trimmed = name.trim()
  return { named: yesNo(trimmed !== ''), name: trimmed }
}
