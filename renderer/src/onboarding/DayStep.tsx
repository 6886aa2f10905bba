import { TimeField } from '../components/TimeField'
import { useEffect, useId, useState, type RefObject } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import { useT } from '../i18n/i18n-context'
import type { StepCommit } from './steps'
import styles from './onboarding.module.css'

const INTERVALS = [30, 45, 60, 90] as const
const WEEKDAYS = [1, 2, 3, 4, 5]

interface DayStepProps {
  heading: RefObject<HTMLHeadingElement | null>
  settings: Settings
  save: (patch: SettingsPatch) => Promise<string | null>
  setCommit: (commit: StepCommit | null) => void
}

/** Monday's first range stands for the working day; the welcome sets Monday to Friday alike. */
function firstRange(settings: Settings): { start: string; end: string } {
  return settings.remindersWorkingHours[1]?.[0] ?? { start: '09:00', end: '17:00' }
}

export function DayStep({ heading, settings, save, setCommit }: DayStepProps) {
  const id = useId()
  const t = useT()
  const initial = firstRange(settings)
  const [on, setOn] = useState(settings.remindersWorkingHoursOn)
  const [start, setStart] = useState(initial.start)
  const [end, setEnd] = useState(initial.end.slice(0, 5))
  const [interval, setInterval] = useState(settings.remindersIntervalMin)
  const choices = INTERVALS.includes(interval as (typeof INTERVALS)[number])
    ? INTERVALS
    : [...INTERVALS, interval].sort((a, b) => a - b)

  useEffect(() => {
    // Only what the user changed is written: passing through this step changes nothing.
    setCommit(async () => {
      const patch: SettingsPatch = {}
      if (interval !== settings.remindersIntervalMin) patch.remindersIntervalMin = interval
      const hoursChanged = start !== initial.start || end !== initial.end
      if (on !== settings.remindersWorkingHoursOn) patch.remindersWorkingHoursOn = on
      if (on && hoursChanged) {
        patch.remindersWorkingHoursOn = true
        patch.remindersWorkingHours = [0, 1, 2, 3, 4, 5, 6].map((day) =>
          WEEKDAYS.includes(day) ? [{ start, end }] : [],
        )
      }
      return Object.keys(patch).length === 0 ? null : save(patch)
    })
    return () => setCommit(null)
  }, [on, start, end, interval, settings, initial.start, initial.end, save, setCommit])

  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="welcome-step-title">
        {t.t('onboarding.day.heading')}
      </h2>
      <p className={styles['lead']}>{t.t('onboarding.day.lead')}</p>
      <div className="field">
        <label htmlFor={`${id}-interval`}>{t.t('onboarding.day.interval')}</label>
        <select
          id={`${id}-interval`}
          value={interval}
          onChange={(e) => setInterval(Number(e.target.value))}
        >
          {choices.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t.t('onboarding.day.minutes', { minutes })}
            </option>
          ))}
        </select>
      </div>
      <label className={styles['check']}>
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
        {t.t('onboarding.day.workingHours')}
      </label>
      <div className={styles['hours']}>
        <div className="field">
          <span aria-hidden="true">{t.t('onboarding.day.from')}</span>
          <TimeField
            label={t.t('onboarding.day.from')}
            value={start}
            disabled={!on}
            onChange={setStart}
          />
        </div>
        <div className="field">
          <span aria-hidden="true">{t.t('onboarding.day.until')}</span>
          <TimeField
            label={t.t('onboarding.day.until')}
            value={end}
            disabled={!on}
            onChange={setEnd}
          />
        </div>
      </div>
      <p className={styles['hint']}>{t.t('onboarding.day.hint')}</p>
    </>
  )
}
