import { phrase } from '../../shared/text/phrase'
import { formatCsv, guardCell } from '../../shared/log/csv'
import { ApiFailure } from '../core/api-failure'
import { hasLoneSurrogate } from '../import/text-checks'
import { formatIsoWithOffset } from '../../shared/log/iso-time'
import {
  CSV_COLUMNS,
  NUMERIC_COLUMNS,
  TAG_SEPARATOR,
  type CsvColumn,
  type CsvRecordType,
} from './csv-columns'
import type { Dataset } from './dataset'
import { localIso } from './to-json'

type Row = Partial<Record<CsvColumn, string>> & { record_type: CsvRecordType }

function text(value: number | null): string {
  return value === null ? '' : String(value)
}

function rows(data: Dataset): Row[] {
  return [
    ...data.ratings.map((r): Row => ({
      record_type: 'rating',
      id: r.id,
      time: formatIsoWithOffset(r.takenAt, r.utcOffsetMin),
      value: String(r.value),
      phase: r.phase ?? '',
      session_id: r.sessionId ?? '',
      regions: Object.entries(r.regions)
        .map(([region, value]) => `${region}=${value}`)
        .join(' '),
      tags: r.tags.join(TAG_SEPARATOR),
      note: r.note,
    })),
    ...data.practiceSessions.map((s): Row => ({
      record_type: 'session',
      id: s.id,
      time: localIso(s.startedAt),
      end_time: localIso(s.endedAt),
      practice_id: s.practiceId,
      title: s.practiceTitle,
      status: s.status,
      planned_ms: text(s.plannedMs),
      duration_ms: String(s.actualMs),
    })),
    ...data.customPractices.map((c): Row => ({
      record_type: 'custom_practice',
      id: c.id,
      time: localIso(c.createdAt),
      end_time: localIso(c.updatedAt),
      kind: c.kind,
      title: c.name,
      data: JSON.stringify(c.body),
    })),
    ...data.breaks.map((b): Row => ({
      record_type: 'break',
      id: b.id,
      time: localIso(b.occurredAt),
      kind: b.kind,
      duration_ms: String(b.durationMs),
      sitting_before_ms: String(b.sittingBeforeMs),
    })),
    ...data.sittingSpans.map((s): Row => ({
      record_type: 'sitting',
      id: s.id,
      time: localIso(s.startedAt),
      end_time: localIso(s.endedAt),
    })),
    ...data.checkins.map((c): Row => ({
      record_type: 'checkin',
      id: c.id,
      time: formatIsoWithOffset(c.takenAt, c.utcOffsetMin),
      kind: c.instrument,
      status: c.status,
      data: JSON.stringify(c.answers),
    })),
    ...data.stopReasons.map((s): Row => ({
      record_type: 'stop_reason',
      session_id: s.sessionId,
      time: localIso(s.recordedAt),
      kind: s.reason,
      regions: s.regions.join(' '),
      note: s.note,
      data: JSON.stringify({ stepIndex: s.stepIndex, stepText: s.stepText, movement: s.movement }),
    })),
    ...Object.entries(data.settings).map(([key, value]): Row => ({
      record_type: 'setting',
      id: key,
      data: JSON.stringify(value),
    })),
  ]
}

/** A text cell a spreadsheet would run as a formula gets its guard; numbers stay numbers. */
function cell(row: Row, column: CsvColumn): string {
  const value = row[column] ?? ''
  if (hasLoneSurrogate(value)) {
    throw new ApiFailure('invalid_input', phrase('main.refusal.export.someTextHoldsBroken'))
  }
  return NUMERIC_COLUMNS.has(column) ? value : guardCell(value)
}

export function datasetToCsv(data: Dataset): string {
  return formatCsv([CSV_COLUMNS, ...rows(data).map((row) => CSV_COLUMNS.map((c) => cell(row, c)))])
}
