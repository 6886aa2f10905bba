import type { Instrument } from '../../../electron/shared/contract/checkins'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'

export const INSTRUMENT_NAMES: Record<Instrument, MessageKey> = {
  peg: 'checkins.instrument.peg',
  'global-change': 'checkins.instrument.globalChange',
}

export const SKIP_LABELS: Record<Instrument, MessageKey> = {
  peg: 'checkins.skip.peg',
  'global-change': 'checkins.skip.globalChange',
}
