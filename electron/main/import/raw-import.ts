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

/** A file read into records, nothing checked yet beyond its syntax. */
export interface RawImport {
  format: 'json' | 'csv'
  records: Record<RecordKind, RawRecord[]>
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
