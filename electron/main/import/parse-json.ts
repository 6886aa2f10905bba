import { phrase } from '../../shared/text/phrase'
import { RECORD_KINDS } from '../../shared/log/transfer-types'
import { FORMAT_VERSION } from '../export/dataset'
import { JsonRecordList, scanJsonFile } from './json-scan'
import {
  emptyRecords,
  FileProblem,
  fileProblem,
  listOf,
  listsOf,
  NOTHING_TO_IMPORT,
  type RawImport,
} from './raw-import'

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const KNOWN_KEYS = new Set<string>([
  'formatVersion',
  'app',
  'exportedAt',
  'settings',
  ...RECORD_KINDS,
])

const RECORD_LISTS = new Set<string>(RECORD_KINDS)

/** The file's syntax error, as `JSON.parse` says it (only asked once the file is known broken). */
function notJson(text: string): FileProblem {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fileProblem(phrase('main.import.file.notJson', { detail }))
  }
  return fileProblem(phrase('main.import.file.notJson', { detail: 'unreadable record' }))
}

/**
 * The file's members; its record lists are read a record at a time later (json-scan.ts).
 * A text the scanner does not take is parsed whole, as before, which says what is wrong.
 */
function readFile(text: string): unknown {
  const scanned = scanJsonFile(text, RECORD_LISTS, notJson)
  if (scanned) return scanned
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw notJson(text)
  }
}

/** Reads a Loosen JSON export; see docs/export-format.md. */
export function readJsonImport(text: string): RawImport {
  const file = readFile(text)
  if (!isObject(file)) {
    throw fileProblem(phrase('main.import.file.notAnObject'))
  }
  const version = file['formatVersion']
  if (version === undefined) {
    throw fileProblem(phrase('main.import.file.noVersion'), { field: 'formatVersion' })
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw fileProblem(phrase('main.import.file.badVersion', { version: JSON.stringify(version) }), {
      field: 'formatVersion',
    })
  }
  if (version > FORMAT_VERSION) {
    throw fileProblem(
      phrase('main.import.file.newerVersion', {
        version: String(version),
        reads: String(FORMAT_VERSION),
      }),
      { field: 'formatVersion' },
    )
  }
  const unknown = Object.keys(file).filter((key) => !KNOWN_KEYS.has(key))
  if (unknown.length > 0) {
    throw fileProblem(phrase('main.import.file.unknownParts', { parts: unknown.join(', ') }), {
      field: unknown[0] ?? '',
    })
  }
  const lists = listsOf(emptyRecords())
  for (const kind of RECORD_KINDS) {
    const list = file[kind]
    if (list === undefined) continue
    if (list instanceof JsonRecordList) {
      lists[kind] = list
      continue
    }
    if (!Array.isArray(list)) {
      throw fileProblem(phrase('main.import.file.notAList', { kind }), { field: kind })
    }
    lists[kind] = listOf(
      list.map((raw: unknown, i) => ({ raw, place: { record: { kind, index: i + 1 } } })),
    )
  }
  const settings = file['settings'] ?? {}
  if (!isObject(settings)) {
    throw fileProblem(phrase('main.import.file.settingsNotObject'), { field: 'settings' })
  }
  if (
    RECORD_KINDS.every((kind) => lists[kind].length === 0) &&
    Object.keys(settings).length === 0
  ) {
    throw fileProblem(NOTHING_TO_IMPORT)
  }
  return {
    format: 'json',
    records: lists,
    settings: Object.entries(settings).map(([key, value]) => ({
      key,
      value,
      place: { record: { kind: 'settings', index: 1 } },
    })),
  }
}
