import type { HipRegion } from '../contract/log'
import type { MessageKey } from '../i18n/message-key'

/**
 * What each body-map region is called, in English: the source text of the messages below and
 * the names written into English exports. Stored ratings keep the ids, never these names.
 */
export const REGION_LABELS: Record<HipRegion, string> = {
  'left-front-hip': 'Left front of hip',
  'right-front-hip': 'Right front of hip',
  'left-groin': 'Left groin',
  'right-groin': 'Right groin',
  'left-buttock': 'Left buttock',
  'right-buttock': 'Right buttock',
  sacrum: 'Sacrum / SI joint',
  'lower-back': 'Lower back',
  'pelvic-floor': 'Pelvic floor',
}

/** The message with each region's name in the chosen language (renderer and main alike). */
export const REGION_MESSAGE_IDS: Record<HipRegion, MessageKey> = {
  'left-front-hip': 'log.region.leftFrontHip',
  'right-front-hip': 'log.region.rightFrontHip',
  'left-groin': 'log.region.leftGroin',
  'right-groin': 'log.region.rightGroin',
  'left-buttock': 'log.region.leftButtock',
  'right-buttock': 'log.region.rightButtock',
  sacrum: 'log.region.sacrum',
  'lower-back': 'log.region.lowerBack',
  'pelvic-floor': 'log.region.pelvicFloor',
}
