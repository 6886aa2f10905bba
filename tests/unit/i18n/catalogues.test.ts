import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCatalogueSet } from '../../../electron/shared/i18n/catalogue-set'
import type { Messages } from '../../../electron/shared/i18n/message-key'
import { localizeScript, scriptMessages } from '../../../electron/shared/i18n/script-messages'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import { LOCALES_FOLDER } from '../../support/catalogues-on-disk'
import { builtInScriptFiles } from '../practice/built-in-scripts'
import { placeholdersOf, pluralsWithoutOther } from './catalogue-rules'

// Every file in locales/ is a language; this test is what a new language must pass.
const files = readdirSync(LOCALES_FOLDER)
  .filter((name) => name.endsWith('.json'))
  .sort()
const read = (name: string) =>
  JSON.parse(readFileSync(join(LOCALES_FOLDER, name), 'utf8')) as Record<string, unknown>
const english = read('en.json') as Messages
const scripts = builtInScriptFiles().map(({ raw }) => practiceScriptSchema.parse(raw))
const scriptEnglish: Record<string, string> = {}
for (const script of scripts) Object.assign(scriptEnglish, scriptMessages(script))

function problemsOf(text: string): string | null {
  try {
    placeholdersOf(text)
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

describe('English, the source catalogue', () => {
  it('is valid ICU, with an other case in every plural and select', () => {
    const broken = Object.entries(english)
      .map(([key, text]) => [key, problemsOf(text) ?? pluralsWithoutOther(text).join(',')])
      .filter(([, problem]) => problem !== '')
    expect(broken).toEqual([])
  })

  it('holds no practice-script words: those stay in assets/practices', () => {
    expect(Object.keys(english).filter((key) => key.startsWith('script.'))).toEqual([])
  })
})

describe.each(files.filter((name) => name !== 'en.json'))('%s', (name) => {
  const catalogue = read(name)

  it('has every message of English and the practice scripts, and nothing else', () => {
    const wanted = new Set([...Object.keys(english), ...Object.keys(scriptEnglish)])
    const missing = [...wanted].filter((key) => !(key in catalogue))
    const extra = Object.keys(catalogue).filter((key) => !wanted.has(key))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })

  it('writes every message as non-empty text, valid ICU where English is ICU', () => {
    const broken: string[] = []
    for (const [key, text] of Object.entries(catalogue)) {
      if (typeof text !== 'string' || text.trim() === '') broken.push(`${key}: empty`)
      else if (key in english) {
        const problem = problemsOf(text)
        if (problem) broken.push(`${key}: ${problem}`)
        else if (pluralsWithoutOther(text).length > 0) broken.push(`${key}: plural without other`)
      }
    }
    expect(broken).toEqual([])
  })

  it('keeps the same placeholders and tags as English in every message', () => {
    const differ: string[] = []
    for (const [key, text] of Object.entries(english)) {
      const own = catalogue[key]
      if (typeof own !== 'string' || problemsOf(own)) continue
      const want = placeholdersOf(text).join(' ')
      const got = placeholdersOf(own).join(' ')
      if (want !== got) differ.push(`${key}: English ${want || '(none)'}, here ${got || '(none)'}`)
    }
    expect(differ).toEqual([])
  })

  it('translates every practice script into a script that still validates, step for step', () => {
    const set = createCatalogueSet({ [name]: catalogue as Messages, 'en.json': english })
    const tag = name.replace(/\.json$/, '')
    const translator = set.translatorFor({ messages: tag, format: tag, dir: 'ltr' })
    for (const script of scripts) {
      const localized = localizeScript(script, translator.plain)
      const checked = practiceScriptSchema.safeParse(localized)
      expect(checked.success, `${script.id}: ${checked.error?.message ?? ''}`).toBe(true)
      expect(localized.steps.map((s) => [s.id, s.seconds, s.stretch, s.pose, s.bell])).toEqual(
        script.steps.map((s) => [s.id, s.seconds, s.stretch, s.pose, s.bell]),
      )
    }
  })

  it('names its language in that language', () => {
    expect(catalogue['language.name']).toEqual(expect.any(String))
    expect(catalogue['language.name']).not.toBe(english['language.name'])
  })
})
