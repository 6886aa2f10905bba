import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import type { Translator } from '../../../electron/shared/i18n/translator'

/**
 * Main names the sitting and break bands in English (insights-sitting.ts); the renderer shows
 * each in the chosen language. A band main adds later shows its English name until it has one.
 */
const BAND_MESSAGE_IDS: Readonly<Record<string, MessageKey>> = {
  'Under 2 hours': 'insights.sitting.band.under2h',
  '2 to 4 hours': 'insights.sitting.band.2to4h',
  '4 to 6 hours': 'insights.sitting.band.4to6h',
  '6 hours or more': 'insights.sitting.band.6hOrMore',
  'No breaks': 'insights.sitting.band.noBreaks',
  '1 or 2 breaks': 'insights.sitting.band.1or2Breaks',
  '3 to 5 breaks': 'insights.sitting.band.3to5Breaks',
  '6 breaks or more': 'insights.sitting.band.6BreaksOrMore',
}

export function bandName(t: Translator, label: string): string {
  const id = BAND_MESSAGE_IDS[label]
  return id ? t.t(id) : label
}
