import type { RawRecord, RecordList } from './raw-import'

/** What `JSON.parse` of a whole file would give, minus the record lists (read one at a time). */
export type ScannedFile = Record<string, unknown>

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09
}

/**
 * A kind's records as spans of the file's text, each parsed when the check asks for it, so a
 * big file is never held as one tree of objects (that tree was most of an import's memory).
 * A span that does not parse ends the read with the message `JSON.parse` gives for the file.
 */
export class JsonRecordList implements RecordList {
  constructor(
    private readonly text: string,
    private readonly kind: string,
    private readonly spans: readonly number[],
    private readonly broken: (text: string) => Error,
  ) {}

  get length(): number {
    return this.spans.length / 2
  }

  read(index: number): RawRecord {
    const start = this.spans[index * 2] ?? 0
    const end = this.spans[index * 2 + 1] ?? 0
    let raw: unknown
    try {
      raw = JSON.parse(this.text.slice(start, end))
    } catch {
      throw this.broken(this.text)
    }
    return { raw, place: { record: { kind: this.kind, index: index + 1 } } }
  }
}

/**
 * Reads the top of a JSON file by hand: its members, each parsed on its own, and the members
 * named in `lists` (when they are arrays) as spans of their elements. Null when the text is
 * not a JSON object as this reader knows it: the caller then parses the whole text as before,
 * so a broken file is refused in exactly the words `JSON.parse` has for it.
 */
export function scanJsonFile(
  text: string,
  lists: ReadonlySet<string>,
  broken: (text: string) => Error,
): ScannedFile | null {
  const scanner = new Scanner(text)
  try {
    return scanner.file(lists, broken)
  } catch (error) {
    if (error instanceof NotScanned) return null
    throw error
  }
}

class NotScanned extends Error {}

class Scanner {
  private at = 0

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.at = 1
  }

  file(lists: ReadonlySet<string>, broken: (text: string) => Error): ScannedFile {
    const file = Object.create(null) as ScannedFile
    this.expect(OPEN_BRACE)
    if (this.peek() === CLOSE_BRACE) this.at++
    else {
      for (;;) {
        this.space()
        if (this.code() !== QUOTE) throw new NotScanned()
        const keyStart = this.at
        this.at = this.skipString(keyStart)
        const key = this.parse(keyStart, this.at)
        if (typeof key !== 'string') throw new NotScanned()
        this.expect(COLON)
        // Defined, not assigned: a "__proto__" member stays a member, as JSON.parse has it.
        const value =
          lists.has(key) && this.peek() === OPEN_BRACKET
            ? new JsonRecordList(this.text, key, this.elements(), broken)
            : this.value()
        Object.defineProperty(file, key, { value, enumerable: true, writable: true })
        this.space()
        const next = this.code()
        this.at++
        if (next === CLOSE_BRACE) break
        if (next !== COMMA) throw new NotScanned()
      }
    }
    this.space()
    if (this.at !== this.text.length) throw new NotScanned()
    return file
  }

  /** An array's elements as [start, end) pairs; each is checked when it is parsed. */
  private elements(): number[] {
    const spans: number[] = []
    this.expect(OPEN_BRACKET)
    if (this.peek() === CLOSE_BRACKET) {
      this.at++
      return spans
    }
    for (;;) {
      this.space()
      const start = this.at
      this.at = this.skipValue(start)
      spans.push(start, this.at)
      this.space()
      const next = this.code()
      this.at++
      if (next === CLOSE_BRACKET) return spans
      if (next !== COMMA) throw new NotScanned()
    }
  }

  private value(): unknown {
    this.space()
    const start = this.at
    this.at = this.skipValue(start)
    return this.parse(start, this.at)
  }

  private parse(start: number, end: number): unknown {
    try {
      return JSON.parse(this.text.slice(start, end)) as unknown
    } catch {
      throw new NotScanned()
    }
  }

  /** Where the value starting at `start` ends; only its extent is found here, not its syntax. */
  private skipValue(start: number): number {
    const text = this.text
    const first = text.charCodeAt(start)
    if (first === QUOTE) return this.skipString(start)
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
      let i = start
      for (; i < text.length; i++) {
        const code = text.charCodeAt(i)
        if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) break
      }
      if (i === start) throw new NotScanned()
      return i
    }
    let depth = 0
    for (let i = start; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === QUOTE) i = this.skipString(i) - 1
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++
      else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return i + 1
    }
    throw new NotScanned()
  }

  /** The end (after the closing quote) of the string starting at `start`. */
  private skipString(start: number): number {
    const text = this.text
    for (let i = start + 1; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === BACKSLASH) i++
      else if (code === QUOTE) return i + 1
    }
    throw new NotScanned()
  }

  private space(): void {
    while (this.at < this.text.length && isSpace(this.text.charCodeAt(this.at))) this.at++
  }

  private peek(): number {
    this.space()
    return this.code()
  }

  private code(): number {
    return this.at < this.text.length ? this.text.charCodeAt(this.at) : -1
  }

  private expect(code: number): void {
    if (this.peek() !== code) throw new NotScanned()
    this.at++
  }
}
