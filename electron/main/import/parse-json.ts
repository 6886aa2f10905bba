import { phrase } from '../../shared/text/phrase'
import { RECORD_KINDS } from '../../shared/log/transfer-types'
import { FORMAT_VERSION } from '../export/dataset'
import { emptyRecords, fileProblem, NOTHING_TO_IMPORT, type RawImport } from './raw-import'

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

/** Reads a Loosen JSON export; see docs/export-format.md. */
export function readJsonImport(text: string): RawImport {
  let file: unknown
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw fileProblem(phrase('main.import.file.notJson', { detail }))
  }
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
  const records = emptyRecords()
  for (const kind of RECORD_KINDS) {
    const list = file[kind]
    if (list === undefined) continue
    if (!Array.isArray(list)) {
      throw fileProblem(phrase('main.import.file.notAList', { kind }), { field: kind })
    }
    records[kind] = list.map((raw: unknown, i) => ({
      raw,
      place: { record: { kind, index: i + 1 } },
    }))
  }
  const settings = file['settings'] ?? {}
  if (!isObject(settings)) {
    throw fileProblem(phrase('main.import.file.settingsNotObject'), { field: 'settings' })
  }
  if (
    RECORD_KINDS.every((kind) => records[kind].length === 0) &&
    Object.keys(settings).length === 0
  ) {
    throw fileProblem(NOTHING_TO_IMPORT)
  }
  return {
    format: 'json',
    records,
    settings: Object.entries(settings).map(([key, value]) => ({
      key,
      value,
      place: { record: { kind: 'settings', index: 1 } },
    })),
  }
}
