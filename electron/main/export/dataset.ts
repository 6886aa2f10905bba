import type { Rating } from '../../shared/contract/log'
import type { RecordCounts } from '../../shared/log/transfer-types'

export interface SessionRecord {
  id: string
  practiceId: string
  practiceTitle: string
  plannedMs: number | null
  actualMs: number
  status: 'completed' | 'stopped'
  startedAt: number
  endedAt: number
}

export interface CustomPracticeRecord {
  id: string
  kind: 'breathing' | 'timer'
  name: string
  /** The practice's own JSON, kept as the owning feature wrote it. */
  body: unknown
  createdAt: number
  updatedAt: number
}

export interface BreakRecord {
  id: string
  kind: 'taken' | 'natural' | 'snoozed' | 'skipped'
  occurredAt: number
  durationMs: number
  sittingBeforeMs: number
}

export interface SittingSpanRecord {
  id: number
  startedAt: number
  endedAt: number
}

/** Everything Loosen keeps about a person, in one shape shared by export and import. */
export interface Dataset {
  ratings: Rating[]
  practiceSessions: SessionRecord[]
  customPractices: CustomPracticeRecord[]
  breaks: BreakRecord[]
  sittingSpans: SittingSpanRecord[]
  settings: Record<string, unknown>
}

export const FORMAT_VERSION = 1

export function countRecords(data: Omit<Dataset, 'settings'>): RecordCounts {
  return {
    ratings: data.ratings.length,
    practiceSessions: data.practiceSessions.length,
    customPractices: data.customPractices.length,
    breaks: data.breaks.length,
    sittingSpans: data.sittingSpans.length,
  }
}
