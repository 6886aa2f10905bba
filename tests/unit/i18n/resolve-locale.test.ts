import { describe, expect, it } from 'vitest'
import {
  firstDayOfWeek,
  resolveLocale,
  uses24HourClock,
} from '../../../electron/shared/i18n/locales'

const SHIPPED = ['en', 'de', 'es', 'fr', 'pt-BR']

describe('choosing the language', () => {
  it('follows the first system language Loosen speaks, formatting in the system region', () => {
    expect(resolveLocale('system', ['ja-JP', 'de-AT', 'en-US'], SHIPPED)).toEqual({
      messages: 'de',
      format: 'de-AT',
      dir: 'ltr',
    })
  })

  it('reads Brazilian Portuguese for a Portuguese system, with Portugal’s own formats', () => {
    expect(resolveLocale('system', ['pt-PT'], SHIPPED)).toMatchObject({
      messages: 'pt-BR',
      format: 'pt-PT',
    })
  })

  it('falls back to English when no system language is shipped, keeping an en-GB clock', () => {
    expect(resolveLocale('system', ['ja-JP'], SHIPPED).messages).toBe('en')
    expect(resolveLocale('system', ['en-GB'], SHIPPED)).toMatchObject({
      messages: 'en',
      format: 'en-GB',
    })
  })

  it('lets the Settings choice win over the system, formatting in the chosen language', () => {
    expect(resolveLocale('fr', ['en-US'], SHIPPED)).toMatchObject({ messages: 'fr', format: 'fr' })
    expect(resolveLocale('fr', ['fr-CA', 'en-US'], SHIPPED)).toMatchObject({ format: 'fr-CA' })
  })

  it('reads English for a chosen language that is no longer shipped, or a broken tag', () => {
    expect(resolveLocale('it', ['de-DE'], SHIPPED).messages).toBe('en')
    expect(resolveLocale('system', ['not a tag', '??'], SHIPPED).messages).toBe('en')
  })

  it('runs the pseudo-locales with non-Latin formatting and right-to-left for ar-XB', () => {
    expect(resolveLocale('system', ['en-XA'], SHIPPED)).toEqual({
      messages: 'en-XA',
      format: 'el',
      dir: 'ltr',
    })
    expect(resolveLocale('system', ['ar-XB'], SHIPPED)).toEqual({
      messages: 'ar-XB',
      format: 'ar',
      dir: 'rtl',
    })
  })
})

describe('calendar conventions from Intl', () => {
  it('starts the week on Monday in Germany and France, on Sunday in the US and Brazil', () => {
    expect(firstDayOfWeek('de-DE')).toBe(1)
    expect(firstDayOfWeek('fr-FR')).toBe(1)
    expect(firstDayOfWeek('en-US')).toBe(7)
    expect(firstDayOfWeek('pt-BR')).toBe(7)
  })

  it('knows who writes 14:20 and who writes 2:20 PM', () => {
    expect(uses24HourClock('de-DE')).toBe(true)
    expect(uses24HourClock('en-GB')).toBe(true)
    expect(uses24HourClock('en-US')).toBe(false)
  })
})
