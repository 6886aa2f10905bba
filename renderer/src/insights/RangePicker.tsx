import { INSIGHTS_RANGES, type InsightsRange } from '../../../electron/shared/log/insights-types'
import styles from './insights.module.css'

export const RANGE_LABELS: Record<InsightsRange, string> = {
  '30': '30 days',
  '90': '90 days',
  '365': '365 days',
  all: 'All',
}

interface RangePickerProps {
  value: InsightsRange
  onChange: (range: InsightsRange) => void
}

/** Native radio buttons: arrow keys move between ranges, Tab leaves the group. */
export function RangePicker({ value, onChange }: RangePickerProps) {
  return (
    <fieldset className={styles['range-picker']}>
      <legend>Period</legend>
      {INSIGHTS_RANGES.map((range) => (
        <label key={range}>
          <input
            type="radio"
            name="insights-range"
            value={range}
            checked={value === range}
            onChange={() => onChange(range)}
          />
          {RANGE_LABELS[range]}
        </label>
      ))}
    </fieldset>
  )
}
