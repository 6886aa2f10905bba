import { useId } from 'react'
import type { SettingsPatch } from '../../../electron/shared/settings/schema'

const CHOICES = [1, 2, 3, 4, 5, 6, 7] as const

/** The weekly practice target (days a week), for the Settings screen's Practice section. */
export function WeeklyTargetField({
  current,
  onChange,
}: {
  current: number
  onChange: (patch: SettingsPatch) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>Weekly practice target</label>
      <select
        id={id}
        value={String(current)}
        onChange={(event) => onChange({ practiceWeeklyTarget: Number(event.target.value) })}
      >
        {CHOICES.map((n) => (
          <option key={n} value={String(n)}>
            {n === 7 ? 'Every day' : `${String(n)} day${n === 1 ? '' : 's'} a week`}
          </option>
        ))}
      </select>
    </div>
  )
}
