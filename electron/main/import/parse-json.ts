import { RECORD_KINDS } from '../../shared/log/transfer-types'
import { FORMAT_VERSION } from '../export/dataset'
import { emptyRecords, FileProblem, NOTHING_TO_IMPORT, type RawImport } from './raw-import'

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
    throw new FileProblem({ message: `The file is not valid JSON (${detail}).` })
  }
  if (!isObject(file)) {
    throw new FileProblem({ message: 'This JSON is not a Loosen export: it is not an object.' })
  }
  const version = file['formatVersion']
  if (version === undefined) {
    throw new FileProblem({
      message: 'This JSON is not a Loosen export: it has no "formatVersion".',
      field: 'formatVersion',
    })
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FileProblem({
      message: `"formatVersion" must be a whole number from 1; the file says ${JSON.stringify(version)}.`,
      field: 'formatVersion',
    })
  }
  if (version > FORMAT_VERSION) {
    throw new FileProblem({
      message: `This file was made by a newer Loosen (format ${version}); this version reads format ${FORMAT_VERSION}. Update Loosen, then import it again.`,
      field: 'formatVersion',
    })
  }
  const unknown = Object.keys(file).filter((key) => !KNOWN_KEYS.has(key))
  if (unknown.length > 0) {
    throw new FileProblem({
      message: `The file has parts Loosen does not know: ${unknown.join(', ')}.`,
      field: unknown[0] ?? '',
    })
  }
  const records = emptyRecords()
  for (const kind of RECORD_KINDS) {
    const list = file[kind]
    if (list === undefined) continue
    if (!Array.isArray(list)) {
      throw new FileProblem({ message: `"${kind}" must be a list.`, field: kind })
    }
    records[kind] = list.map((raw: unknown, i) => ({
      raw,
      place: { record: { kind, index: i + 1 } },
    }))
  }
  const settings = file['settings'] ?? {}
  if (!isObject(settings)) {
    throw new FileProblem({ message: '"settings" must be an object.', field: 'settings' })
  }
  if (
    RECORD_KINDS.every((kind) => records[kind].length === 0) &&
    Object.keys(settings).length === 0
  ) {
    throw new FileProblem({ message: NOTHING_TO_IMPORT })
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
