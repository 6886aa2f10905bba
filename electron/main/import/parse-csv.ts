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
  FileProblem,
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
    throw new FileProblem({
      line: 1,
      message:
        'The file separates fields with semicolons. Loosen reads comma-separated files: save it again as "CSV (comma delimited)".',
    })
  }
  if (fields.length === 1 && (fields[0] ?? '').includes('\t')) {
    throw new FileProblem({
      line: 1,
      message: 'The file separates fields with tabs. Save it again as comma-separated CSV.',
    })
  }
  const names = fields.map((f) => f.trim().toLowerCase())
  const unknown = names.filter((name) => !isColumn(name))
  if (unknown.length > 0) {
    throw new FileProblem({
      line: 1,
      message: `The header names columns Loosen does not know: ${unknown.map((u) => `"${u}"`).join(', ')}. Known columns: ${CSV_COLUMNS.join(', ')}.`,
    })
  }
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name)) {
      throw new FileProblem({
        line: 1,
        message: `The column "${name}" appears twice in the header.`,
      })
    }
    seen.add(name)
  }
  if (!names.includes('time') || !names.includes('value')) {
    if (!names.includes('record_type')) {
      throw new FileProblem({
        line: 1,
        message: 'A file of self-ratings needs at least the columns "time" and "value".',
      })
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
  if (!header) throw new FileProblem({ message: 'The file is empty.' })
  const columns = readHeader(header.fields)
  if (rows.length === 0) throw new FileProblem({ message: NOTHING_TO_IMPORT })
  const result: RawImport = { format: 'csv', records: emptyRecords(), settings: [] }
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      const hint =
        row.fields.length === 1 && row.fields[0]?.includes(';')
          ? ' It seems to use semicolons instead of commas.'
          : ''
      throw new FileProblem({
        line: row.line,
        message: `This line has ${row.fields.length} field${row.fields.length === 1 ? '' : 's'}, but the header has ${columns.length}.${hint}`,
      })
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
    result.records[KIND_OF[recordType]].push({
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
    throw new FileProblem({ line, field: 'data', message: 'The data column must hold JSON.' })
  }
}
