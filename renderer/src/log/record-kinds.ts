import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import type { RecordKind } from '../../../electron/shared/log/transfer-types'

/**
 * Each kind of record as a table heading ("Self-ratings") and as a counted phrase with its
 * own plural ("1 self-rating", "3 self-ratings"): languages count each noun in their own way.
 */
export const RECORD_KIND_MESSAGE_IDS: Record<
  RecordKind,
  { readonly heading: MessageKey; readonly count: MessageKey }
> = {
  ratings: { heading: 'log.kind.ratings.heading', count: 'log.kind.ratings.count' },
  practiceSessions: {
    heading: 'log.kind.practiceSessions.heading',
    count: 'log.kind.practiceSessions.count',
  },
  customPractices: {
    heading: 'log.kind.customPractices.heading',
    count: 'log.kind.customPractices.count',
  },
  breaks: { heading: 'log.kind.breaks.heading', count: 'log.kind.breaks.count' },
  sittingSpans: { heading: 'log.kind.sittingSpans.heading', count: 'log.kind.sittingSpans.count' },
  checkins: { heading: 'log.kind.checkins.heading', count: 'log.kind.checkins.count' },
  stopReasons: { heading: 'log.kind.stopReasons.heading', count: 'log.kind.stopReasons.count' },
}
