/**
 * The columns of Loosen's CSV, in order. One file holds every kind of record; `record_type`
 * says which, and each kind fills only the columns that apply to it (see docs/export-format.md).
 */
export const CSV_COLUMNS = [
  'record_type',
  'id',
  'time',
  'end_time',
  'value',
  'phase',
  'session_id',
  'practice_id',
  'title',
  'kind',
  'status',
  'planned_ms',
  'duration_ms',
  'sitting_before_ms',
  'regions',
  'tags',
  'note',
  'data',
] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number]

/** Columns that hold numbers written by Loosen; every other column is text. */
export const NUMERIC_COLUMNS: ReadonlySet<CsvColumn> = new Set([
  'value',
  'planned_ms',
  'duration_ms',
  'sitting_before_ms',
])

export const CSV_RECORD_TYPES = [
  'rating',
  'session',
  'custom_practice',
  'break',
  'sitting',
  'checkin',
  'stop_reason',
  'setting',
] as const

export type CsvRecordType = (typeof CSV_RECORD_TYPES)[number]

/** Regions as "left-groin=3 sacrum=5", tags joined with "|". */
export const TAG_SEPARATOR = '|'
