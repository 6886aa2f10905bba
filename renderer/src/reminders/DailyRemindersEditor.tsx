import { useId, useState } from 'react'
import { PRACTICE_SHORTCUTS } from '../../../electron/shared/reminders/practice-shortcuts'
import {
  DAILY_REMINDERS_MAX,
  type DailyReminderSetting,
} from '../../../electron/shared/settings/reminders'
import { WEEKDAY_FULL, WEEKDAY_NAMES } from './format'
import type { SaveProps } from './ReminderSettingsForm'
import { DisclosureForm } from './DisclosureForm'
import { refusalText } from './refusal-text'
import styles from './reminders.module.css'

const PRACTICES: readonly { id: string | null; title: string }[] = [
  { id: null, title: 'The practice list' },
  ...PRACTICE_SHORTCUTS,
]

function newReminder(): DailyReminderSetting {
  return {
    id: crypto.randomUUID(),
    time: '08:00',
    days: [1, 2, 3, 4, 5],
    label: 'Morning body scan',
    practiceId: 'hip-pelvis-body-scan',
  }
}

export function DailyRemindersEditor({ settings, save }: SaveProps) {
  const id = useId()
  const [list, setList] = useState(settings.remindersDaily)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const change = (i: number, patch: Partial<DailyReminderSetting>) =>
    setList(list.map((r, j) => (j === i ? { ...r, ...patch } : r)))

  async function submit() {
    const error = await save({ remindersDaily: list })
    if (!error) {
      setMessage({ error: false, text: 'Saved.' })
      return
    }
    const index = /^remindersDaily\.(\d+)/.exec(error.field ?? '')?.[1]
    const where = index === undefined ? undefined : `Reminder ${Number(index) + 1}`
    setMessage({ error: true, text: refusalText(error, where) })
  }

  return (
    <DisclosureForm id={id} title="Daily practice reminders" onSubmit={() => void submit()}>
      <p className={styles['reminders-hint']}>
        A reminder at a set local time, on the days you choose. It follows daylight-saving changes,
        comes once a day, and one missed while the computer slept still comes if less than an hour
        late.
      </p>
      {list.length === 0 ? <p>No daily reminders yet.</p> : null}
      {list.map((r, i) => (
        <fieldset key={r.id} className={styles['reminders-daily']}>
          <legend>Reminder {i + 1}</legend>
          <label>
            Name <input value={r.label} onChange={(e) => change(i, { label: e.target.value })} />
          </label>
          <label>
            Time{' '}
            <input
              type="time"
              value={r.time}
              onChange={(e) => change(i, { time: e.target.value })}
            />
          </label>
          <label>
            Opens{' '}
            <select
              value={r.practiceId ?? ''}
              onChange={(e) =>
                change(i, { practiceId: e.target.value === '' ? null : e.target.value })
              }
            >
              {PRACTICES.map((p) => (
                <option key={p.id ?? ''} value={p.id ?? ''}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          <div
            className={styles['reminders-days']}
            role="group"
            aria-label={`Days for reminder ${i + 1}`}
          >
            {WEEKDAY_NAMES.map((name, day) => (
              <label key={name} title={WEEKDAY_FULL[day]}>
                <input
                  type="checkbox"
                  checked={r.days.includes(day)}
                  onChange={(e) =>
                    change(i, {
                      days: e.target.checked
                        ? [...r.days, day].sort((a, b) => a - b)
                        : r.days.filter((d) => d !== day),
                    })
                  }
                />
                {name}
              </label>
            ))}
          </div>
          <button type="button" onClick={() => setList(list.filter((_, j) => j !== i))}>
            Remove reminder {i + 1}
          </button>
        </fieldset>
      ))}
      <div className={styles['reminders-actions']}>
        <button
          type="button"
          disabled={list.length >= DAILY_REMINDERS_MAX}
          onClick={() => setList([...list, newReminder()])}
        >
          Add a daily reminder
        </button>
        <button type="submit" className="primary">
          Save daily reminders
        </button>
      </div>
      <p className={message?.error ? 'form-error' : 'form-status'} role="status">
        {message?.text ?? ''}
      </p>
    </DisclosureForm>
  )
}
