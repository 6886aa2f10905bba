import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { printAST as printTree } from '@formatjs/icu-messageformat-parser/printer.js'
import type { Messages } from './message-key'
import type { PseudoLocale } from './locales'

// Every ASCII letter has a look-alike outside ASCII, so any plain English letter left on a
// pseudo-locale screen is text that skipped the catalogue.
const LOWER = Array.from('áƀçđéƒĝĥíĵķĺɱñóƥʠŕšţúṽŵẋýž')
const UPPER = Array.from('ÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤɊŔŠŢÚṼŴẊÝŽ')

function accentLetter(letter: string): string {
  const code = letter.charCodeAt(0)
  if (code >= 97 && code <= 122) return LOWER[code - 97] ?? letter
  if (code >= 65 && code <= 90) return UPPER[code - 65] ?? letter
  return letter
}

const FILLER = 'ļöñĝéŕ ţéẋţ '

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, accentLetter)
}

function mirror(text: string): string {
  // Right-to-left override: Latin text is shown mirrored, as a stand-in for an RTL script.
  return text.trim() === '' ? text : `\u202e${text}\u202c`
}

function visibleLength(elements: readonly MessageFormatElement[]): number {
  let length = 0
  for (const element of elements) {
    if (element.type === TYPE.literal) length += element.value.length
    else if (element.type === TYPE.tag) length += visibleLength(element.children)
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      const first = Object.values(element.options)[0]
      if (first) length += visibleLength(first.value)
    } else length += 4
  }
  return length
}

// The printer declares its own copy of the element types; the trees are the same objects.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- same enum, two .d.ts copies
const printAST = (ast: MessageFormatElement[]): string => printTree(ast)

function transform(elements: MessageFormatElement[], change: (text: string) => string): void {
  for (const element of elements) {
    if (element.type === TYPE.literal) element.value = change(element.value)
    else if (element.type === TYPE.tag) transform(element.children, change)
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) transform(option.value, change)
    }
  }
}

/** One message in a pseudo-locale: accented and about 35% longer, or mirrored right-to-left. */
export function pseudoMessage(text: string, locale: PseudoLocale): string {
  const ast = parse(text)
  if (locale === 'ar-XB') {
    transform(ast, mirror)
    return printAST(ast)
  }
  transform(ast, accent)
  const extra = Math.max(1, Math.round(visibleLength(ast) * 0.35))
  const padding = FILLER.repeat(Math.ceil(extra / FILLER.length)).slice(0, extra)
  return `⟦${printAST(ast)} ${padding.trim()}⟧`
}

/** Plain (non-ICU) text in a pseudo-locale, for practice scripts. */
export function pseudoText(text: string, locale: PseudoLocale): string {
  if (locale === 'ar-XB') return mirror(text)
  const extra = Math.max(1, Math.round(text.length * 0.35))
  const padding = FILLER.repeat(Math.ceil(extra / FILLER.length)).slice(0, extra)
  return `⟦${accent(text)} ${padding.trim()}⟧`
}

/** A whole pseudo-locale catalogue made from English at run time; it is never shipped. */
export function pseudoMessages(english: Messages, locale: PseudoLocale): Messages {
  const out: Record<string, string> = {}
  for (const [key, text] of Object.entries(english)) out[key] = pseudoMessage(text, locale)
  return out
}
