import type { CheckinSnapshot } from '../../shared/checkins/schema'
import type { Rating } from '../../shared/contract/log'
import type { RecordCounts } from '../../shared/log/transfer-types'
import type { PracticeSession } from '../../shared/practice/session-schema'
import type { StopReason } from '../../shared/practice/stop-reason'
import type { CustomPracticeRecord } from '../practice/custom-repository'
import type { BreakRecord, SittingSpanRecord } from '../reminders/break-repository'

/**
 * Everything Loosen keeps about a person, in one shape shared by export and import. Each record
 * type is the one its repository reads and writes; nothing here restates a field.
 */
export interface Dataset {
  ratings: Rating[]
  practiceSessions: PracticeSession[]
  customPractices: CustomPracticeRecord[]
  breaks: BreakRecord[]
  sittingSpans: SittingSpanRecord[]
  checkins: CheckinSnapshot[]
  stopReasons: StopReason[]
  settings: Record<string, unknown>
}

export type DatasetRecords = Omit<Dataset, 'settings'>

export const FORMAT_VERSION = 1

export function countRecords(data: DatasetRecords): RecordCounts {
  return {
    ratings: data.ratings.length,
    practiceSessions: data.practiceSessions.length,
    customPractices: data.customPractices.length,
    breaks: data.breaks.length,
    sittingSpans: data.sittingSpans.length,
    checkins: data.checkins.length,
    stopReasons: data.stopReasons.length,
  }
}
