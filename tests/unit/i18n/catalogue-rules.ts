import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

/** What a message asks of its caller: argument names with their kinds, and markup tags. */
export function placeholdersOf(text: string): string[] {
  const found = new Set<string>()
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          found.add(`{${element.value}}`)
          break
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          found.add(`{${element.value}, ${TYPE[element.type]}}`)
          break
        case TYPE.plural:
        case TYPE.select:
          found.add(`{${element.value}, ${element.type === TYPE.select ? 'select' : 'plural'}}`)
          for (const option of Object.values(element.options)) walk(option.value)
          break
        case TYPE.tag:
          found.add(`<${element.value}>`)
          walk(element.children)
          break
        default:
          break
      }
    }
  }
  walk(parse(text))
  // A plural's # is the count itself, not a placeholder a caller passes.
  return [...found].sort()
}

/** Plural messages need an `other` case in every language (CLDR's fallback category). */
export function pluralsWithoutOther(text: string): string[] {
  const missing: string[] = []
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        if (!('other' in element.options)) missing.push(element.value)
        for (const option of Object.values(element.options)) walk(option.value)
      } else if (element.type === TYPE.tag) walk(element.children)
    }
  }
  walk(parse(text))
  return missing
}
