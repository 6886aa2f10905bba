import { useId, useState } from 'react'
import type { WeekHours } from '../../../electron/shared/reminders/working-hours'
import { WORKING_RANGES_PER_DAY_MAX } from '../../../electron/shared/settings/reminders'
import { WEEKDAY_FULL } from './format'
import type { SaveProps } from './ReminderSettingsForm'
import { DisclosureForm } from './DisclosureForm'
import { refusalText } from './refusal-text'
import styles from './reminders.module.css'

// Monday first, the way most work weeks are read.
const ORDER = [1, 2, 3, 4, 5, 6, 0]

export function WorkingHoursEditor({ settings, save }: SaveProps) {
  const id = useId()
  const [on, setOn] = useState(settings.remindersWorkingHoursOn)
  const [week, setWeek] = useState<WeekHours>(() =>
    settings.remindersWorkingHours.map((d) => [...d]),
  )
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)

  const setDay = (day: number, ranges: WeekHours[number]) =>
    setWeek(week.map((r, i) => (i === day ? ranges : r)))

  async function submit() {
    const error = await save({ remindersWorkingHoursOn: on, remindersWorkingHours: week })
    if (!error) {
      setMessage({ error: false, text: 'Saved.' })
      return
    }
    const day = /^remindersWorkingHours\.(\d)/.exec(error.field ?? '')?.[1]
    const where = day === undefined ? undefined : WEEKDAY_FULL[Number(day)]
    setMessage({ error: true, text: refusalText(error, where) })
  }

  return (
    <DisclosureForm id={id} title="Working hours" onSubmit={() => void submit()}>
      <label className={styles['reminders-check']}>
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
        Only remind me during working hours (outside them, sitting time is not counted)
      </label>
      <fieldset disabled={!on} className={styles['reminders-week-hours']}>
        <legend className="visually-hidden">Hours for each day</legend>
        {ORDER.map((day) => {
          const ranges = week[day] ?? []
          const name = WEEKDAY_FULL[day] ?? ''
          return (
            <div key={day} className={styles['reminders-day']}>
              <span className={styles['reminders-day-name']}>{name}</span>
              {ranges.length === 0 ? (
                <span className={styles['reminders-hint']}>No reminders</span>
              ) : null}
              {ranges.map((range, i) => (
                <span key={i} className={styles['reminders-range']}>
                  <input
                    type="time"
                    aria-label={`${name} range ${i + 1} starts`}
                    value={range.start}
                    onChange={(e) =>
                      setDay(
                        day,
                        ranges.map((r, j) => (j === i ? { ...r, start: e.target.value } : r)),
                      )
                    }
                  />
                  –
                  <input
                    type="time"
                    aria-label={`${name} range ${i + 1} ends`}
                    value={range.end}
                    onChange={(e) =>
                      setDay(
                        day,
                        ranges.map((r, j) => (j === i ? { ...r, end: e.target.value } : r)),
                      )
                    }
                  />
                  <button
                    type="button"
                    aria-label={`Remove ${name} range ${i + 1}`}
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
                Add hours on {name}
              </button>
            </div>
          )
        })}
      </fieldset>
      <div className={styles['reminders-actions']}>
        <button type="submit" className="primary">
          Save working hours
        </button>
      </div>
      <p className={message?.error ? 'form-error' : 'form-status'} role="status">
        {message?.text ?? ''}
      </p>
    </DisclosureForm>
  )
}
