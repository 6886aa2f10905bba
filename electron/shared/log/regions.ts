import type { HipRegion } from '../contract/log'

/** What each body-map region is called on screen. */
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
