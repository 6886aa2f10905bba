import { INSIGHTS_RANGES, type InsightsRange } from '../../../electron/shared/log/insights-types'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { useT } from '../i18n/i18n-context'
import styles from './insights.module.css'

/** "30 days", "All": a range as the picker names it. */
export function rangeLabel(t: Translator, range: InsightsRange): string {
  return range === 'all'
    ? t.t('insights.range.all')
    : t.t('insights.range.days', { days: Number(range) })
}

interface RangePickerProps {
  value: InsightsRange
  onChange: (range: InsightsRange) => void
}

/** Native radio buttons: arrow keys move between ranges, Tab leaves the group. */
export function RangePicker({ value, onChange }: RangePickerProps) {
  const t = useT()
  return (
    <fieldset className={styles['range-picker']}>
      <legend>{t.t('insights.range.legend')}</legend>
      {INSIGHTS_RANGES.map((range) => (
        <label key={range}>
          <input
            type="radio"
            name="insights-range"
            value={range}
            checked={value === range}
            onChange={() => onChange(range)}
          />
          {rangeLabel(t, range)}
        </label>
      ))}
    </fieldset>
  )
}
