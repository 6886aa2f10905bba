import { phrase } from '../../shared/text/phrase'
import { formatCsv, guardCell } from '../../shared/log/csv'
import { formatIsoWithOffset, systemOffsetMin } from '../../shared/log/iso-time'
import { REGION_LABELS } from '../../shared/log/regions'
import type { BreakKind } from '../../shared/contract/reminders'
import type { MessageKey } from '../../shared/i18n/message-key'
import type { Translator } from '../../shared/i18n/translator'
import { englishTranslator } from '../../shared/text/english-translator'
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

/** `left-front-hip` → `log.region.leftFrontHip`, the id the Log's body map is named by. */
function regionId(region: string): string {
  return `log.region.${region.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`
}

function regionLabel(region: string, translator: Translator): string {
  // A stop reason's regions are plain strings; one this version does not name stays as stored.
  const labels: Partial<Record<string, string>> = REGION_LABELS
  return translator.dynamic(regionId(region), labels[region] ?? region)
}

/** Minutes to one decimal, with the locale's decimal mark and no grouping (12.5, 12,5). */
function minutesIn(translator: Translator): (ms: number) => string {
  const format = new Intl.NumberFormat(translator.locale.format, {
    maximumFractionDigits: 1,
    useGrouping: false,
  })
  return (ms) => format.format(Math.round(ms / 6_000) / 10)
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

function readme(t: Translator['t']): string {
  return `${t('export.sheet.readme').split('\n').join('\r\n')}\r\n`
}

const BREAK_OUTCOME_ID: Record<BreakKind, MessageKey> = {
  taken: 'export.sheet.breakOutcome.taken',
  natural: 'export.sheet.breakOutcome.natural',
  snoozed: 'export.sheet.breakOutcome.snoozed',
  skipped: 'export.sheet.breakOutcome.skipped',
  'not-taken': 'export.sheet.breakOutcome.notTaken',
  prompt: 'export.sheet.breakOutcome.prompt',
}

/**
 * The per-kind CSV files of the spreadsheet export, plus a README, in the zip's order. Made
 * for people to read, so headers and words are in their language; file names, ISO dates
 * (2026-11-23) and 24-hour times stay the same everywhere, so the columns sort and a
 * spreadsheet in any locale reads them as dates.
 */
export function datasetToSpreadsheets(
  data: Dataset,
  translator: Translator = englishTranslator(),
): SpreadsheetFile[] {
  const { t } = translator
  const minutes = minutesIn(translator)
  // A built-in practice is named in the person's language; their own practices as they wrote.
  const titles = new Map(
    data.practiceSessions.map((s) => [
      s.id,
      translator.plain(`script.${s.practiceId}.title`, s.practiceTitle),
    ]),
  )
  const phaseRatings = new Map<string, Partial<Record<'before' | 'after', number>>>()
  for (const r of data.ratings) {
    if (r.sessionId === null || r.phase === null) continue
    phaseRatings.set(r.sessionId, { ...phaseRatings.get(r.sessionId), [r.phase]: r.value })
  }
  const text = (value: number | undefined) => (value === undefined ? '' : String(value))
  const date = t('export.sheet.column.date')
  const time = t('export.sheet.column.time')
  const practice = t('export.sheet.column.practice')
  const regions = t('export.sheet.column.regions')
  const note = t('export.sheet.column.note')
  return [
    { name: 'README.txt', text: readme(t) },
    {
      name: 'self-ratings.csv',
      text: table(
        [
          date,
          time,
          t('export.sheet.column.rating'),
          regions,
          t('export.sheet.column.tags'),
          note,
          t('export.sheet.column.phase'),
        ],
        data.ratings.map((r) => [
          ...dateTime(r.takenAt, r.utcOffsetMin),
          String(r.value),
          Object.entries(r.regions)
            .map(([region, value]) => `${regionLabel(region, translator)} ${String(value)}`)
            .join('; '),
          r.tags.join('; '),
          r.note,
          r.phase === null
            ? ''
            : t('export.sheet.phase', {
                phase: r.phase,
                practice: titles.get(r.sessionId ?? '') ?? t('export.sheet.somePractice'),
              }),
        ]),
      ),
    },
    {
      name: 'practice-sessions.csv',
      text: table(
        [
          date,
          time,
          practice,
          t('export.sheet.column.minutes'),
          t('export.sheet.column.completed'),
          t('export.sheet.column.ratingBefore'),
          t('export.sheet.column.ratingAfter'),
        ],
        data.practiceSessions.map((s) => [
          ...dateTime(s.startedAt),
          titles.get(s.id) ?? s.practiceTitle,
          minutes(s.actualMs),
          s.status === 'completed'
            ? t('export.sheet.completed.yes')
            : t('export.sheet.completed.no'),
          text(phaseRatings.get(s.id)?.before),
          text(phaseRatings.get(s.id)?.after),
        ]),
      ),
    },
    {
      name: 'check-ins.csv',
      text: table(
        [
          date,
          time,
          t('export.sheet.column.checkin'),
          t('export.sheet.column.answers'),
          t('export.sheet.column.score'),
        ],
        data.checkins.map((c) => [
          ...dateTime(c.takenAt, c.utcOffsetMin),
          c.instrument === 'peg' ? t('export.sheet.checkin.peg') : t('export.sheet.checkin.global'),
          c.status === 'skipped'
            ? t('export.sheet.checkin.skipped')
            : c.answers.map((a) => String(a)).join('; '),
          c.status === 'skipped' ? '' : checkinScore(c.instrument, c.answers),
        ]),
      ),
    },
    {
      name: 'breaks.csv',
      text: table(
        [
          date,
          t('export.sheet.column.remindedAt'),
          t('export.sheet.column.outcome'),
          t('export.sheet.column.breakMinutes'),
          t('export.sheet.column.sittingMinutes'),
        ],
        data.breaks.map((b) => [
          ...dateTime(b.occurredAt),
          t(BREAK_OUTCOME_ID[b.kind]),
          minutes(b.durationMs),
          minutes(b.sittingBeforeMs),
        ]),
      ),
    },
    {
      name: 'stops-for-pain.csv',
      text: table(
        [
          date,
          time,
          practice,
          t('export.sheet.column.step'),
          t('export.sheet.column.reason'),
          regions,
          note,
        ],
        data.stopReasons.map((s) => [
          ...dateTime(s.recordedAt),
          titles.get(s.sessionId) ?? '',
          `${String(s.stepIndex + 1)}. ${s.stepText}`,
          s.reason === 'pain' ? t('export.sheet.stop.pain') : t('export.sheet.stop.discomfort'),
          s.regions.map((region) => regionLabel(region, translator)).join('; '),
          s.note,
        ]),
      ),
    },
  ]
}

function checkinScore(instrument: string, answers: readonly unknown[]): string {
  const numbers = answers.filter((a): a is number => typeof a === 'number')
  if (numbers.length === 0) return ''
  if (instrument !== 'peg') return String(numbers[0])
  const mean = numbers.reduce((sum, n) => sum + n, 0) / numbers.length
  return String(Math.round(mean * 10) / 10)
}
