import { phrase } from '../../shared/text/phrase'
import { randomUUID } from 'node:crypto'
import { parseCsv } from '../../shared/log/csv'
import type { RecordKind } from '../../shared/log/transfer-types'
import {
  CSV_COLUMNS,
  CSV_RECORD_TYPES,
  TAG_SEPARATOR,
  type CsvColumn,
  type CsvRecordType,
} from '../export/csv-columns'
import { csvRowToRecord } from './csv-row'
import {
  emptyRecords,
  listsOf,
  FileProblem,
  fileProblem,
  NOTHING_TO_IMPORT,
  problemAt,
  type RawImport,
} from './raw-import'

const KIND_OF: Record<Exclude<CsvRecordType, 'setting'>, RecordKind> = {
  rating: 'ratings',
  session: 'practiceSessions',
  custom_practice: 'customPractices',
  break: 'breaks',
  sitting: 'sittingSpans',
  checkin: 'checkins',
  stop_reason: 'stopReasons',
}

function isColumn(name: string): name is CsvColumn {
  return (CSV_COLUMNS as readonly string[]).includes(name)
}

function readHeader(fields: string[]): CsvColumn[] {
  if (fields.length === 1 && (fields[0] ?? '').includes(';')) {
    throw fileProblem(phrase('main.import.file.semicolons'), { line: 1 })
  }
  if (fields.length === 1 && (fields[0] ?? '').includes('\t')) {
    throw fileProblem(phrase('main.import.file.tabs'), { line: 1 })
  }
  const names = fields.map((f) => f.trim().toLowerCase())
  const unknown = names.filter((name) => !isColumn(name))
  if (unknown.length > 0) {
    throw fileProblem(
      phrase('main.import.file.unknownColumns', {
        columns: unknown.map((u) => `"${u}"`).join(', '),
        known: CSV_COLUMNS.join(', '),
      }),
      { line: 1 },
    )
  }
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name)) {
      throw fileProblem(phrase('main.import.file.columnTwice', { column: name }), { line: 1 })
    }
    seen.add(name)
  }
  if (!names.includes('time') || !names.includes('value')) {
    if (!names.includes('record_type')) {
      throw fileProblem(phrase('main.import.file.needsTimeAndValue'), { line: 1 })
    }
  }
  return names as CsvColumn[]
}

/**
 * Reads a CSV file: Loosen's own export, or a simpler file of self-ratings with just some of
 * its columns (at least time and value). Rows without an id get a new one.
 */
export function readCsvImport(text: string): RawImport {
  const parsed = parseCsv(text)
  if (!parsed.ok) throw new FileProblem(parsed.problem)
  const [header, ...rows] = parsed.records
  if (!header) throw fileProblem(phrase('main.import.file.empty'))
  const columns = readHeader(header.fields)
  if (rows.length === 0) throw fileProblem(NOTHING_TO_IMPORT)
  const records = emptyRecords()
  const result: RawImport = { format: 'csv', records: listsOf(records), settings: [] }
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      const semicolons = row.fields.length === 1 && row.fields[0]?.includes(';') === true
      throw fileProblem(
        phrase('main.import.file.fieldCount', {
          fields: row.fields.length,
          columns: columns.length,
          hint: semicolons ? 'semicolons' : 'none',
        }),
        { line: row.line },
      )
    }
    const cells = new Map<CsvColumn, string>()
    columns.forEach((column, i) => cells.set(column, row.fields[i] ?? ''))
    const type = (cells.get('record_type') ?? 'rating').trim() || 'rating'
    const place = { line: row.line }
    if (!(CSV_RECORD_TYPES as readonly string[]).includes(type)) {
      throw new FileProblem(
        problemAt(
          place,
          `"${type}" is not a record type. Use one of: ${CSV_RECORD_TYPES.join(', ')}.`,
          'record_type',
        ),
      )
    }
    if (type === 'setting') {
      result.settings.push({ key: cells.get('id') ?? '', value: parseData(cells, row.line), place })
      continue
    }
    const recordType = type as Exclude<CsvRecordType, 'setting'>
    if (recordType === 'rating' && !cells.get('id')) cells.set('id', randomUUID())
    const converted = csvRowToRecord(recordType, cells, TAG_SEPARATOR)
    records[KIND_OF[recordType]].push({
      raw: converted.raw,
      place: { ...place, column: converted.column },
    })
  }
  return result
}

function parseData(cells: Map<CsvColumn, string>, line: number): unknown {
  const data = cells.get('data') ?? ''
  try {
    return JSON.parse(data) as unknown
  } catch {
    throw fileProblem(phrase('main.import.file.dataNotJson'), { line, field: 'data' })
  }
}
