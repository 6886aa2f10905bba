import { formatIsoWithOffset, systemOffsetMin } from '../../shared/log/iso-time'
import { FORMAT_VERSION, type Dataset } from './dataset'

/** An instant in this computer's zone, for records that do not keep their own offset. */
export function localIso(epochMs: number): string {
  return formatIsoWithOffset(epochMs, systemOffsetMin(epochMs))
}

/** The JSON export: format version, then each kind of record; see docs/export-format.md. */
export function datasetToJson(data: Dataset, exportedAt: number): string {
  const file = {
    formatVersion: FORMAT_VERSION,
    app: 'Loosen',
    exportedAt: localIso(exportedAt),
    ratings: data.ratings.map((r) => ({
      id: r.id,
      takenAt: formatIsoWithOffset(r.takenAt, r.utcOffsetMin),
      value: r.value,
      regions: r.regions,
      note: r.note,
      tags: r.tags,
      sessionId: r.sessionId,
      phase: r.phase,
    })),
    practiceSessions: data.practiceSessions.map((s) => ({
      ...s,
      startedAt: localIso(s.startedAt),
      endedAt: localIso(s.endedAt),
    })),
    customPractices: data.customPractices.map((c) => ({
      ...c,
      createdAt: localIso(c.createdAt),
      updatedAt: localIso(c.updatedAt),
    })),
    breaks: data.breaks.map((b) => ({ ...b, occurredAt: localIso(b.occurredAt) })),
    sittingSpans: data.sittingSpans.map((s) => ({
      id: s.id,
      startedAt: localIso(s.startedAt),
      endedAt: localIso(s.endedAt),
    })),
    checkins: data.checkins.map((c) => ({
      id: c.id,
      instrument: c.instrument,
      status: c.status,
      takenAt: formatIsoWithOffset(c.takenAt, c.utcOffsetMin),
      answers: c.answers,
    })),
    stopReasons: data.stopReasons.map((s) => ({ ...s, recordedAt: localIso(s.recordedAt) })),
    settings: data.settings,
  }
  return JSON.stringify(file, null, 2) + '\n'
}
