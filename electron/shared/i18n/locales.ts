/**
 * The languages Loosen speaks are the catalogues found in `locales/*.json`; this module only
 * knows the rules for choosing among them, so adding a language never touches code.
 */

/** Pseudo-locales for testing: accented and longer (en-XA), and right-to-left (ar-XB). */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number]

export const ENGLISH = 'en'

export type ResolvedLocale = {
  /** The catalogue to read messages from, e.g. `pt-BR`. */
  readonly messages: string
  /** The locale for Intl dates, times, numbers and weeks, e.g. `en-GB` or `de-AT`. */
  readonly format: string
  /** Text direction of the catalogue's language. */
  readonly dir: 'ltr' | 'rtl'
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb'])

export function isPseudoLocale(tag: string): tag is PseudoLocale {
  return (PSEUDO_LOCALES as readonly string[]).includes(tag)
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

function language(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag
}

/** The best shipped catalogue for one requested tag: exact, then same language, else none. */
export function matchCatalogue(tag: string, shipped: readonly string[]): string | undefined {
  const wanted = canonical(tag)
  if (wanted === undefined) return undefined
  if (isPseudoLocale(wanted)) return wanted
  const exact = shipped.find((s) => s.toLowerCase() === wanted.toLowerCase())
  if (exact) return exact
  // de-AT reads German; pt-PT reads pt-BR, which is closer than English.
  return shipped.find((s) => language(s) === language(wanted))
}

function directionOf(tag: string): 'ltr' | 'rtl' {
  if (tag === 'ar-XB') return 'rtl'
  return RTL_LANGUAGES.has(language(tag)) ? 'rtl' : 'ltr'
}

/**
 * Chooses the language and formatting locale. `chosen` is the Settings value: `system`
 * follows the preferred languages in order (the first one Loosen speaks wins), anything
 * else is a shipped catalogue the person picked. Dates and numbers follow the system's own
 * region where its language matches (en-GB keeps its 24-hour clock in English), else the
 * chosen catalogue's conventions.
 */
export function resolveLocale(
  chosen: string,
  preferred: readonly string[],
  shipped: readonly string[],
): ResolvedLocale {
  const preferredTags = preferred.map(canonical).filter((t): t is string => t !== undefined)
  const picked =
    chosen !== 'system'
      ? matchCatalogue(chosen, shipped)
      : preferredTags.map((t) => matchCatalogue(t, shipped)).find((t) => t !== undefined)
  const messages = picked ?? ENGLISH
  const sameLanguage = preferredTags.find(
    (t) => !isPseudoLocale(t) && language(t) === language(messages),
  )
  return { messages, format: formatLocaleFor(messages, sameLanguage), dir: directionOf(messages) }
}

function formatLocaleFor(messages: string, sameLanguage: string | undefined): string {
  // Pseudo-locales format with scripts that share no letters with English, so any date or
  // number that bypassed Intl in the chosen locale stands out in the pseudo-locale run.
  if (messages === 'en-XA') return 'el'
  if (messages === 'ar-XB') return 'ar'
  return sameLanguage ?? messages
}

/** The first day of the week in a locale, 1 = Monday … 7 = Sunday (ISO), from Intl. */
export function firstDayOfWeek(formatLocale: string): number {
  const locale = new Intl.Locale(formatLocale) as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number }
    weekInfo?: { firstDay: number }
  }
  const info = locale.getWeekInfo?.() ?? locale.weekInfo
  return info?.firstDay ?? 1
}

/** Whether a locale writes times on a 24-hour clock. */
export function uses24HourClock(formatLocale: string): boolean {
  const cycle = new Intl.DateTimeFormat(formatLocale, { hour: 'numeric' }).resolvedOptions()
    .hourCycle
  return cycle === 'h23' || cycle === 'h24'
}
