import type { HipRegion } from '../../../electron/shared/contract/log'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { REGION_MESSAGE_IDS } from '../../../electron/shared/log/regions'

/** A body-map region's name in the report's language; an unknown id is shown as stored. */
export function regionName(t: Translator['t'], region: string): string {
  const ids: Partial<Record<string, (typeof REGION_MESSAGE_IDS)[HipRegion]>> = REGION_MESSAGE_IDS
  const id = ids[region]
  return id ? t(id) : region
}
