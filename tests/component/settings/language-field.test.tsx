// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LanguageField } from '../../../renderer/src/settings/LanguageField'
import { LOCALES_FOLDER } from '../../support/catalogues-on-disk'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

// The languages on offer are whatever catalogues are in locales/ today: as translators add
// files, the expected list grows with them.
const shipped = readdirSync(LOCALES_FOLDER)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)))
const ownName = (tag: string) =>
  (JSON.parse(readFileSync(join(LOCALES_FOLDER, `${tag}.json`), 'utf8')) as Record<string, string>)[
    'language.name'
  ]

function renderField(current = 'system') {
  const onChange = vi.fn()
  render(<LanguageField current={current} onChange={onChange} />)
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language' })
  const options = [...select.options].map((o) => ({ value: o.value, label: o.text, lang: o.lang }))
  return { select, options, onChange }
}

describe('the Language choice in Settings', () => {
  it('offers the system language, then each shipped catalogue by its own name', () => {
    const { options } = renderField()
    expect(options.map((o) => o.label)).toEqual([
      'System language (English)',
      ...shipped.map(ownName),
    ])
    expect(options.map((o) => o.value)).toEqual(['system', ...shipped])
    // Each name is marked with its language, so a screen reader says "Deutsch" in German.
    expect(options.slice(1).map((o) => o.lang)).toEqual(shipped)
  })

  it('names the languages translators have shipped, in their own words', () => {
    const { options } = renderField()
    const labels = options.map((o) => o.label)
    const known: Record<string, string> = {
      en: 'English',
      de: 'Deutsch',
      es: 'Español',
      fr: 'Français',
      'pt-BR': 'Português (Brasil)',
    }
    for (const [tag, name] of Object.entries(known)) {
      if (shipped.includes(tag)) expect(labels).toContain(name)
    }
  })

  it('never offers a pseudo-locale', () => {
    const { options } = renderField()
    expect(options.map((o) => o.value)).not.toContain('en-XA')
    expect(options.map((o) => o.value)).not.toContain('ar-XB')
  })

  it('says which language "System language" is right now', () => {
    const other = shipped.find((tag) => tag !== 'en')
    if (other === undefined) return
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue([other, 'en-US'])
    const { options } = renderField()
    expect(options[0]?.label).toBe(`System language (${ownName(other)})`)
  })

  it('a system language Loosen does not speak reads as English', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['tlh', 'xx-YY'])
    const { options } = renderField()
    expect(options[0]?.label).toBe('System language (English)')
  })

  it('saves the chosen catalogue, from the keyboard too', async () => {
    const other = shipped.find((tag) => tag !== 'en') ?? 'en'
    const { select, onChange } = renderField()
    expect(select.value).toBe('system')
    await userEvent.selectOptions(select, other)
    expect(onChange).toHaveBeenLastCalledWith({ language: other })
    select.focus()
    await userEvent.selectOptions(select, 'system')
    expect(onChange).toHaveBeenLastCalledWith({ language: 'system' })
  })

  it('shows the saved language as chosen; a regional tag as the catalogue it reads', () => {
    const other = shipped.find((tag) => tag !== 'en') ?? 'en'
    expect(renderField(other).select.value).toBe(other)
    cleanup()
    expect(renderField('en-GB').select.value).toBe('en')
  })
})
