import { IntlMessageFormat } from 'intl-messageformat'
import { pseudoMessage } from '../../../../electron/shared/i18n/pseudo'

type Values = Record<string, string | number>

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function formatted(message: string, locale: string, values: Values): string {
  return String(new IntlMessageFormat(message, locale).format(values))
}

/**
 * The way to find a control by its words in the pseudo-locale run: the English message (ICU,
 * as in locales/en.json) as it shows in English, in en-XA or in ar-XB. While a string is still
 * being moved into the catalogue it shows in English; afterwards in pseudo. Finding either
 * keeps the walk through the screens going, and the untranslated-text check still names every
 * English word it meets.
 */
export function shown(english: string, values: Values = {}): RegExp {
  const forms = [
    formatted(english, 'en', values),
    formatted(pseudoMessage(english, 'en-XA'), 'el', values),
    formatted(pseudoMessage(english, 'ar-XB'), 'ar', values),
  ]
  return new RegExp(`^\\s*(?:${forms.map(escape).join('|')})\\s*$`)
}
