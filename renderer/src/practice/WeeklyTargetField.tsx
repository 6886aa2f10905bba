import { useId } from 'react'
import type { SettingsPatch } from '../../../electron/shared/settings/schema'
import { useT } from '../i18n/i18n-context'

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
  const { t } = useT()
  return (
    <div className="field">
      <label htmlFor={id}>{t('practice.weeklyTarget.label')}</label>
      <select
        id={id}
        value={String(current)}
        onChange={(event) => onChange({ practiceWeeklyTarget: Number(event.target.value) })}
      >
        {CHOICES.map((n) => (
          <option key={n} value={String(n)}>
            {t('practice.weeklyTarget.choice', { days: n })}
          </option>
        ))}
      </select>
    </div>
  )
}
