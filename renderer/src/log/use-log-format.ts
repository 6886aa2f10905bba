import { useMemo } from 'react'
import type { Rating } from '../../../electron/shared/contract/log'
import type { HipRegion } from '../../../electron/shared/contract/log'
import { useT } from '../i18n/i18n-context'
import { describeRegions, formatWhen, outOfTen, regionName, tagName } from './format'

/** The log's ways of writing a rating, in the language and formats in force. */
export function useLogFormat() {
  const t = useT()
  return useMemo(
    () => ({
      when: (epochMs: number) => formatWhen(epochMs, t.locale.format),
      outOfTen: (value: number) => outOfTen(value, t),
      region: (region: HipRegion) => regionName(t, region),
      regions: (regions: Rating['regions']) => describeRegions(t, regions),
      tag: (tag: string) => tagName(t, tag),
      tags: (tags: readonly string[]) =>
        new Intl.ListFormat(t.locale.format, { style: 'short', type: 'unit' }).format(
          tags.map((tag) => tagName(t, tag)),
        ),
    }),
    [t],
  )
}
