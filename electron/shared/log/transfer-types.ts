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
  message: string
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

/** Describes a problem on one line, e.g. "Line 4, value: Use a whole number from 0 to 10." */
export function describeProblem(problem: ImportProblem): string {
  const where: string[] = []
  if (problem.line !== undefined) where.push(`Line ${problem.line}`)
  if (problem.record) where.push(`${problem.record.kind} record ${problem.record.index}`)
  if (problem.field) where.push(problem.field)
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message
}
