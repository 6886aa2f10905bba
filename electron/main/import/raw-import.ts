import { phrase, say, type Phrase } from '../../shared/text/phrase'
import { excerpt, shortenMessage, shortenPhrase } from './excerpt'
import type { ImportProblem, RecordKind } from '../../shared/log/transfer-types'

/** Where a record sits in the file, so an error can point at it. */
export interface Place {
  line?: number
  record?: { kind: string; index: number }
  /** Renames a record field to what the file calls it (a CSV column). */
  column?: (field: string) => string
}

export interface RawRecord {
  raw: unknown
  place: Place
}

export interface RawSetting {
  key: string
  value: unknown
  place: Place
}

/**
 * A kind's records in the file's order. Each is read when asked for, once, in order: a JSON
 * file's records are parsed only then (json-scan.ts), and what was read can be let go.
 */
export interface RecordList {
  readonly length: number
  read(index: number): RawRecord
}

/** Records already read (a CSV file's), handed out one by one and let go as they are. */
export function listOf(records: RawRecord[]): RecordList {
  const held: (RawRecord | undefined)[] = records
  return {
    get length() {
      return held.length
    },
    read(index) {
      const record = held[index]
      held[index] = undefined
      if (!record) throw new Error(`Record ${index + 1} was read already or is not there.`)
      return record
    },
  }
}

/** Each kind's records as a list of them. */
export function listsOf(records: Record<RecordKind, RawRecord[]>): Record<RecordKind, RecordList> {
  const lists = {} as Record<RecordKind, RecordList>
  for (const kind of Object.keys(records) as RecordKind[]) lists[kind] = listOf(records[kind])
  return lists
}

/** A file read into records, nothing checked yet beyond its syntax. */
export interface RawImport {
  format: 'json' | 'csv'
  records: Record<RecordKind, RecordList>
  settings: RawSetting[]
}

export function emptyRecords(): Record<RecordKind, RawRecord[]> {
  return {
    ratings: [],
    practiceSessions: [],
    customPractices: [],
    breaks: [],
    sittingSpans: [],
    checkins: [],
    stopReasons: [],
  }
}

export const NOTHING_TO_IMPORT = phrase('main.import.file.nothing')

/** A problem at a place; what it quotes from the file is cut to a short excerpt. */
export function problemAt(
  place: Place,
  message: string,
  field?: string,
  said?: Phrase,
): ImportProblem {
  const problem: ImportProblem = { message: shortenMessage(message) }
  if (said) problem.phrase = shortenPhrase(said)
  if (place.line !== undefined) problem.line = place.line
  if (place.record) problem.record = place.record
  if (field !== undefined && field !== '') {
    problem.field = excerpt(place.column ? place.column(field) : field)
  }
  return problem
}

/** Thrown while reading a file whose syntax is broken; nothing after it can be trusted. */
export class FileProblem extends Error {
  readonly problem: ImportProblem
  constructor(problem: ImportProblem) {
    super(shortenMessage(problem.message))
    this.problem = { ...problem, message: shortenMessage(problem.message) }
    if (problem.phrase) this.problem.phrase = shortenPhrase(problem.phrase)
  }
}

/** A broken file, said as a phrase (English in `message`, the reader's language from `phrase`). */
export function fileProblem(
  said: Phrase,
  where: { line?: number; field?: string } = {},
): FileProblem {
  return new FileProblem({ ...where, message: say(said), phrase: said })
}
