import { describe, expect, it } from 'vitest'
import { createCatalogueSet } from '../../../electron/shared/i18n/catalogue-set'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'

// Ids made up for the test; the translator does not care which catalogue they came from.
const key = (id: string) => id as MessageKey
const english = {
  'language.name': 'English',
  'x.count': 'You saved {count, plural, one {# rating} other {# ratings}}.',
  'x.onlyEnglish': 'Only in English',
  'x.bold': 'Press <key>Alt+L</key> to log',
}
const german = {
  'language.name': 'Deutsch',
  'x.count': 'Du hast {count, plural, one {# Bewertung} other {# Bewertungen}} gespeichert.',
  'x.bold': 'Drücke <key>Alt+L</key>, um einzutragen',
}
const set = createCatalogueSet({ 'en.json': english, 'de.json': german })

describe('the translator', () => {
  it('formats plurals in the chosen language', () => {
    const problems: string[] = []
    const t = set.translatorFor({ messages: 'de', format: 'de-DE', dir: 'ltr' }, (p) =>
      problems.push(p),
    ).t
    expect(t(key('x.count'), { count: 1 })).toBe('Du hast 1 Bewertung gespeichert.')
    expect(t(key('x.count'), { count: 1500 })).toBe('Du hast 1.500 Bewertungen gespeichert.')
    expect(problems).toEqual([])
  })

  it('shows English for a message the language lacks, and says so once', () => {
    const problems: string[] = []
    const translator = set.translatorFor({ messages: 'de', format: 'de', dir: 'ltr' }, (p) =>
      problems.push(p),
    )
    expect(translator.t(key('x.onlyEnglish'))).toBe('Only in English')
    translator.t(key('x.onlyEnglish'))
    expect(problems).toEqual(['de x.onlyEnglish: missing, English shown'])
  })

  it('hands markup tags to the caller', () => {
    const translator = set.translatorFor({ messages: 'de', format: 'de', dir: 'ltr' })
    const parts = translator.format<string>(key('x.bold'), {
      key: (chunks: string[]) => `[${chunks.join('')}]`,
    })
    expect(Array.isArray(parts) ? parts.join('') : parts).toBe('Drücke [Alt+L], um einzutragen')
  })

  it('makes every English message accented and longer in en-XA, placeholders intact', () => {
    const t = set.translatorFor({ messages: 'en-XA', format: 'el', dir: 'ltr' }).t
    const text = t(key('x.count'), { count: 3 })
    expect(text).toMatch(/^⟦Ýóú šáṽéđ 3 ŕáţíñĝš\. .+⟧$/)
    expect(text).not.toMatch(/[A-Za-z]/)
    expect(text.length).toBeGreaterThan('You saved 3 ratings.'.length * 1.3)
  })

  it('reads practice-script words as plain text, pseudo-accented in en-XA', () => {
    const de = set.translatorFor({ messages: 'de', format: 'de', dir: 'ltr' })
    expect(de.plain('script.a.title', 'Body Scan {draft}')).toBe('Body Scan {draft}')
    const xa = set.translatorFor({ messages: 'en-XA', format: 'el', dir: 'ltr' })
    expect(xa.plain('script.a.title', 'Body')).toMatch(/^⟦Ɓóđý .+⟧$/)
  })
})
