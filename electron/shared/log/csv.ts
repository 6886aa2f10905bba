/** One parsed CSV record and the line of the file it starts on (1-based, header is line 1). */
export interface CsvRecord {
  line: number
  fields: string[]
}

export interface CsvProblem {
  line: number
  message: string
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; problem: CsvProblem }

/**
 * RFC 4180 reading with errors a person can act on: the line of an unclosed quote, a quote in
 * the middle of an unquoted field, text after a closing quote. Blank lines are skipped. A byte
 * order mark is accepted at the very start (spreadsheets write one) and refused anywhere else.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let quoted = false
  let quoteLine = 0
  let afterQuote = false
  let fieldStarted = false
  const endField = () => {
    fields.push(unguardCell(field))
    field = ''
    afterQuote = false
    fieldStarted = false
  }
  const endRecord = () => {
    endField()
    const blank = fields.length === 1 && fields[0] === ''
    if (!blank) records.push({ line: recordLine, fields })
    fields = []
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    if (c === '\uFEFF') {
      return fail(
        line,
        'contains a byte order mark in the middle of the file; were two files pasted together?',
      )
    }
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else {
          quoted = false
          afterQuote = true
        }
      } else {
        if (c === '\n') line++
        field += c
      }
      continue
    }
    if (c === ',') {
      endField()
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else if (afterQuote) {
      return fail(
        line,
        'has text right after a closing quote mark; a quoted field must end at a comma or line end.',
      )
    } else if (c === '"') {
      if (fieldStarted) {
        return fail(
          line,
          'has a quote mark inside a field that does not start with one; put the whole field in quotes and double the inner quote ("").',
        )
      }
      quoted = true
      quoteLine = line
      fieldStarted = true
    } else {
      field += c
      fieldStarted = true
    }
  }
  if (quoted) return fail(quoteLine, 'opens a quoted field that is never closed.')
  if (field !== '' || fields.length > 0 || afterQuote) endRecord()
  return { ok: true, records }
}

function fail(line: number, message: string): CsvParse {
  return { ok: false, problem: { line, message: `This line ${message}` } }
}

/**
 * Spreadsheets run a cell that starts with = + - @ tab or carriage return as a formula. A text
 * cell like that is written with a leading apostrophe (which spreadsheets show as text, per
 * OWASP's advice on CSV injection), and so is a text cell that already starts with an
 * apostrophe, so reading back is unambiguous: an apostrophe followed by one of these characters
 * is always one that was added. Numeric columns are not guarded: -5 there is a number.
 */
const NEEDS_GUARD = /^[=+\-@\t\r']/
const GUARDED = /^'[=+\-@\t\r']/

export function guardCell(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value
}

/** The inverse of guardCell, applied to every field read from a CSV file. */
export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value
}

function quote(value: string): string {
  const needsQuotes = /^'|[",\r\n]/.test(value) || /^\s|\s$/.test(value)
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value
}

/** Comma-separated, CRLF line ends (what spreadsheets expect), quoting where needed. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n'
}
