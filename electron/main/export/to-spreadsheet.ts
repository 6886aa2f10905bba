import { phrase } from '../../shared/text/phrase'
import { formatCsv, guardCell } from '../../shared/log/csv'
import { formatIsoWithOffset, systemOffsetMin } from '../../shared/log/iso-time'
import { REGION_LABELS } from '../../shared/log/regions'
import type { BreakKind } from '../../shared/contract/reminders'
import { ApiFailure } from '../core/api-failure'
import { hasLoneSurrogate } from '../import/text-checks'
import type { Dataset } from './dataset'

export interface SpreadsheetFile {
  name: string
  text: string
}

/** Local date and time where the record was taken: "2026-11-23" and "10:15". */
function dateTime(epochMs: number, offsetMin = systemOffsetMin(epochMs)): [string, string] {
  const iso = formatIsoWithOffset(epochMs, offsetMin)
  return [iso.slice(0, 10), iso.slice(11, 16)]
}

function regionLabel(region: string): string {
  // A stop reason's regions are plain strings; one this version does not name stays as stored.
  const labels: Partial<Record<string, string>> = REGION_LABELS
  return labels[region] ?? region
}

function minutes(ms: number): string {
  return String(Math.round(ms / 6_000) / 10)
}

/** Every cell gets the formula guard the importable CSV uses; numbers are never guarded by it. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const row of rows) {
    if (row.some(hasLoneSurrogate)) {
      throw new ApiFailure('invalid_input', phrase('main.refusal.export.someTextHoldsBroken'))
    }
  }
  // UTF-8 with a byte order mark: Excel then reads accents correctly.
  return '\uFEFF' + formatCsv([header, ...rows.map((row) => row.map(guardCell))])
}

const README = [
  'Loosen: an export for a spreadsheet',
  '',
  'One CSV file per kind of record, with local dates and times. Open them in any spreadsheet.',
  'Ratings and check-ins are self-reports: how the person felt, in their own words and numbers.',
  'They are not a diagnosis or a measurement, and Loosen gives self-care, not medical advice.',
  '',
  'These files are for reading. The full backup, which Loosen can import again, is the JSON',
  'export (Log > Export and import > Export JSON).',
  '',
].join('\r\n')

/** The per-kind CSV files of the spreadsheet export, plus a README, in the zip's order. */
export function datasetToSpreadsheets(data: Dataset): SpreadsheetFile[] {
  const titles = new Map(data.practiceSessions.map((s) => [s.id, s.practiceTitle]))
  const phaseRatings = new Map<string, Partial<Record<'before' | 'after', number>>>()
  for (const r of data.ratings) {
    if (r.sessionId === null || r.phase === null) continue
    phaseRatings.set(r.sessionId, { ...phaseRatings.get(r.sessionId), [r.phase]: r.value })
  }
  const text = (value: number | undefined) => (value === undefined ? '' : String(value))
  return [
    { name: 'README.txt', text: README },
    {
      name: 'self-ratings.csv',
      text: table(
        ['Date', 'Time', 'Rating (0-10)', 'Regions', 'Tags', 'Note', 'Before or after a practice'],
        data.ratings.map((r) => [
          ...dateTime(r.takenAt, r.utcOffsetMin),
          String(r.value),
          Object.entries(r.regions)
            .map(([region, value]) => `${regionLabel(region)} ${String(value)}`)
            .join('; '),
          r.tags.join('; '),
          r.note,
          r.phase === null
            ? ''
            : `${r.phase === 'before' ? 'Before' : 'After'} ${titles.get(r.sessionId ?? '') ?? 'a practice'}`,
        ]),
      ),
    },
    {
      name: 'practice-sessions.csv',
      text: table(
        ['Date', 'Time', 'Practice', 'Minutes', 'Completed', 'Rating before', 'Rating after'],
        data.practiceSessions.map((s) => [
          ...dateTime(s.startedAt),
          s.practiceTitle,
          minutes(s.actualMs),
          s.status === 'completed' ? 'Yes' : 'No, stopped',
          text(phaseRatings.get(s.id)?.before),
          text(phaseRatings.get(s.id)?.after),
        ]),
      ),
    },
    {
      name: 'check-ins.csv',
      text: table(
        ['Date', 'Time', 'Check-in', 'Answers', 'Score'],
        data.checkins.map((c) => [
          ...dateTime(c.takenAt, c.utcOffsetMin),
          c.instrument === 'peg'
            ? 'PEG (pain, enjoyment, general activity)'
            : 'Global impression of change',
          c.status === 'skipped' ? 'Skipped' : c.answers.map((a) => String(a)).join('; '),
          c.status === 'skipped' ? '' : checkinScore(c.instrument, c.answers),
        ]),
      ),
    },
    {
      name: 'breaks.csv',
      text: table(
        ['Date', 'Reminded at', 'Outcome', 'Minutes of break', 'Minutes sitting before'],
        data.breaks.map((b) => [
          ...dateTime(b.occurredAt),
          BREAK_OUTCOMES[b.kind],
          minutes(b.durationMs),
          minutes(b.sittingBeforeMs),
        ]),
      ),
    },
    {
      name: 'stops-for-pain.csv',
      text: table(
        ['Date', 'Time', 'Practice', 'Step', 'Reason', 'Regions', 'Note'],
        data.stopReasons.map((s) => [
          ...dateTime(s.recordedAt),
          titles.get(s.sessionId) ?? '',
          `${String(s.stepIndex + 1)}. ${s.stepText}`,
          s.reason === 'pain' ? 'Pain' : 'Discomfort',
          s.regions.map(regionLabel).join('; '),
          s.note,
        ]),
      ),
    },
  ]
}

const BREAK_OUTCOMES: Record<BreakKind, string> = {
  taken: 'Break taken',
  natural: 'Stood up without a reminder',
  snoozed: 'Snoozed',
  skipped: 'Skipped',
  'not-taken': 'Not taken',
  prompt: 'Reminded',
}

function checkinScore(instrument: string, answers: readonly unknown[]): string {
  const numbers = answers.filter((a): a is number => typeof a === 'number')
  if (numbers.length === 0) return ''
  if (instrument !== 'peg') return String(numbers[0])
  const mean = numbers.reduce((sum, n) => sum + n, 0) / numbers.length
  return String(Math.round(mean * 10) / 10)
}
