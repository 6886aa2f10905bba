import type { Translator } from '../i18n/translator'
import { englishTranslator } from '../text/english-translator'
import { phrase, say, type Phrase } from '../text/phrase'
/** The file a user saves: the renderer turns it into a download. */
export interface ExportFile {
  fileName: string
  mimeType: string
  content: string
  counts: RecordCounts
}

export const RECORD_KINDS = [
  'ratings',
  'practiceSessions',
  'customPractices',
  'breaks',
  'sittingSpans',
  'checkins',
  'stopReasons',
] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

export type RecordCounts = Record<RecordKind, number>

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  ratings: 'Self-ratings',
  practiceSessions: 'Practice sessions',
  customPractices: 'Custom practices',
  breaks: 'Breaks',
  sittingSpans: 'Sitting periods',
  checkins: 'Check-ins',
  stopReasons: 'Practices stopped for pain or discomfort',
}

export interface ImportProblem {
  /** Line of a CSV file (1 = header). */
  line?: number
  /** Position of a record in its JSON list (1-based), with the list's name. */
  record?: { kind: string; index: number }
  field?: string
  /** In English, as made; `phrase` says it in the reader's language (describeProblem). */
  message: string
  phrase?: Phrase
}

export interface ImportSummary {
  format: 'json' | 'csv'
  /** Records that will be added. */
  added: RecordCounts
  /** Records whose id is already in Loosen; they are left as they are. */
  skipped: RecordCounts
  /** Settings in the file that this version knows and will apply if asked. */
  settings: number
  /** Setting names in the file this version does not know; they are ignored. */
  ignoredSettings: string[]
}

export type ImportPreview =
  | { valid: true; summary: ImportSummary }
  | { valid: false; problems: ImportProblem[]; truncated: boolean }

/**
 * A problem and where it is, as a phrase: "Line 4, value: Use a whole number from 0 to 10."
 * The field and the list's name are the file's own words and stay as the file has them.
 */
export function problemPhrase(problem: ImportProblem): Phrase {
  const where: Phrase[] = []
  // Line and record numbers are places in a file, written without grouping (line 1204).
  if (problem.line !== undefined) {
    where.push(phrase('main.import.place.line', { line: String(problem.line) }))
  }
  if (problem.record) {
    const { kind, index } = problem.record
    where.push(phrase('main.import.place.record', { kind, index: String(index) }))
  }
  if (problem.field) where.push(phrase('main.import.place.field', { field: problem.field }))
  // A problem made before phrases (or by a library) is said as its English message.
  const message = problem.phrase ?? phrase(problem.message)
  const [head, ...rest] = where
  if (head === undefined) return message
  const place = rest.reduce(
    (first, second) => phrase('main.import.place.join', { first, second }),
    head,
  )
  return phrase('main.import.problemAt', { place, message })
}

/** Describes a problem on one line in the translator's language (English when left out). */
export function describeProblem(
  problem: ImportProblem,
  translator: Translator = englishTranslator(),
): string {
  return say(problemPhrase(problem), translator)
}
