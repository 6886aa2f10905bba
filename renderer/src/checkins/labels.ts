import type { Instrument } from '../../../electron/shared/contract/checkins'

export const INSTRUMENT_NAMES: Record<Instrument, string> = {
  peg: 'PEG: pain, enjoyment and activity (3 questions, weekly)',
  'global-change': 'Overall change (1 question, monthly)',
}

export const SKIP_LABELS: Record<Instrument, string> = {
  peg: 'Skip this week',
  'global-change': 'Skip this month',
}
