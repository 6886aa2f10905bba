import { useId, useState } from 'react'
import { TimeField } from '../components/TimeField'
import type { WeekHours } from '../../../electron/shared/reminders/working-hours'
import { WORKING_RANGES_PER_DAY_MAX } from '../../../electron/shared/settings/reminders'
import { useT } from '../i18n/i18n-context'
import { weekdayName, weekOrder } from './format'
import type { SaveProps } from './ReminderSettingsForm'
import { DisclosureForm } from './DisclosureForm'
import { refusalText } from './refusal-text'
import { SaveStatus } from './SaveStatus'
import { useAutosave } from './use-autosave'
import styles from './reminders.module.css'

export function WorkingHoursEditor({ settings, save }: SaveProps) {
  const { t, locale } = useT()
  const id = useId()
  // The week as the locale reads it: Monday first in most of Europe, Sunday first in the US.
  const order = weekOrder(locale.format)
  const dayName = (day: number) => weekdayName(day, locale.format, 'long')
  const [on, setOn] = useState(settings.remindersWorkingHoursOn)
  const [week, setWeek] = useState<WeekHours>(() =>
    settings.remindersWorkingHours.map((d) => [...d]),
  )
  const { message, commit } = useAutosave(save, (error) => {
    const day = /^remindersWorkingHours\.(\d)/.exec(error.field ?? '')?.[1]
    return refusalText(error, t, day === undefined ? undefined : dayName(Number(day)))
  })

  // Each change is complete (a time picked, a range added or removed), so it saves at once.
  function toggle(next: boolean) {
    setOn(next)
    void commit({ remindersWorkingHoursOn: next }).then((kept) => {
      if (!kept) setOn(settings.remindersWorkingHoursOn)
    })
  }
  function setDay(day: number, ranges: WeekHours[number]) {
    const next = week.map((r, i) => (i === day ? ranges : r))
    setWeek(next)
    void commit({ remindersWorkingHours: next })
  }

  return (
    <DisclosureForm id={id} title={t('reminders.hours.title')}>
      <label className={styles['reminders-check']}>
        <input type="checkbox" checked={on} onChange={(e) => toggle(e.target.checked)} />
        {t('reminders.hours.only')}
      </label>
      <fieldset disabled={!on} className={styles['reminders-week-hours']}>
        <legend className="visually-hidden">{t('reminders.hours.legend')}</legend>
        {order.map((day) => {
          const ranges = week[day] ?? []
          const name = dayName(day)
          return (
            <div key={day} className={styles['reminders-day']}>
              <span className={styles['reminders-day-name']}>{name}</span>
              {ranges.length === 0 ? (
                <span className={styles['reminders-hint']}>{t('reminders.hours.none')}</span>
              ) : null}
              {ranges.map((range, i) => (
                <span key={i} className={styles['reminders-range']}>
                  <TimeField
                    label={t('reminders.hours.starts', { day: name, range: i + 1 })}
                    value={range.start}
                    disabled={!on}
                    onChange={(value) =>
                      setDay(
                        day,
                        ranges.map((r, j) => (j === i ? { ...r, start: value } : r)),
                      )
                    }
                  />
                  –
                  <TimeField
                    label={t('reminders.hours.ends', { day: name, range: i + 1 })}
                    value={range.end}
                    disabled={!on}
                    onChange={(value) =>
                      setDay(
                        day,
                        ranges.map((r, j) => (j === i ? { ...r, end: value } : r)),
                      )
                    }
                  />
                  <button
                    type="button"
                    aria-label={t('reminders.hours.remove', { day: name, range: i + 1 })}
                    onClick={() =>
                      setDay(
                        day,
                        ranges.filter((_, j) => j !== i),
                      )
                    }
                  >
                    ×
                  </button>
                </span>
              ))}
              <button
                type="button"
                disabled={ranges.length >= WORKING_RANGES_PER_DAY_MAX}
                onClick={() => setDay(day, [...ranges, { start: '09:00', end: '17:00' }])}
              >
                {t('reminders.hours.add', { day: name })}
              </button>
            </div>
          )
        })}
      </fieldset>
      <SaveStatus message={message} />
    </DisclosureForm>
  )
}
