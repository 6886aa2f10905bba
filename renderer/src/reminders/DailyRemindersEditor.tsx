import { useId, useState } from 'react'
import { TimeField } from '../components/TimeField'
import { PRACTICE_SHORTCUTS } from '../../../electron/shared/reminders/practice-shortcuts'
import {
  DAILY_REMINDERS_MAX,
  type DailyReminderSetting,
} from '../../../electron/shared/settings/reminders'
import { practiceShortcutTitle } from '../../../electron/shared/reminders/practice-shortcuts'
import { useT } from '../i18n/i18n-context'
import { weekdayName, weekOrder } from './format'
import type { SaveProps } from './ReminderSettingsForm'
import { DisclosureForm } from './DisclosureForm'
import { refusalText } from './refusal-text'
import { SaveStatus } from './SaveStatus'
import { onEnter, useAutosave } from './use-autosave'
import styles from './reminders.module.css'

function newReminder(label: string): DailyReminderSetting {
  return {
    id: crypto.randomUUID(),
    time: '08:00',
    days: [1, 2, 3, 4, 5],
    label,
    practiceId: 'hip-pelvis-body-scan',
  }
}

export function DailyRemindersEditor({ settings, save }: SaveProps) {
  const text = useT()
  const { t, locale } = text
  const id = useId()
  const practices = [
    { id: null, title: t('reminders.daily.practiceList') },
    ...PRACTICE_SHORTCUTS.map((p) => ({ id: p.id, title: practiceShortcutTitle(p, text.plain) })),
  ]
  const [list, setList] = useState(settings.remindersDaily)
  const { message, commit } = useAutosave(save, (error) => {
    const index = /^remindersDaily\.(\d+)/.exec(error.field ?? '')?.[1]
    const where =
      index === undefined ? undefined : t('reminders.daily.legend', { number: Number(index) + 1 })
    return refusalText(error, t, where)
  })
  /** Shows a change; `keep` sends it too (a name waits until the person leaves its field). */
  function update(next: DailyReminderSetting[], keep = true) {
    setList(next)
    if (keep) void commit({ remindersDaily: next })
  }
  const change = (i: number, patch: Partial<DailyReminderSetting>, keep = true) =>
    update(
      list.map((r, j) => (j === i ? { ...r, ...patch } : r)),
      keep,
    )
  const saveNames = () => {
    if (JSON.stringify(list) !== JSON.stringify(settings.remindersDaily)) update(list)
  }

  return (
    <DisclosureForm id={id} title={t('reminders.daily.title')}>
      <p className={styles['reminders-hint']}>{t('reminders.daily.hint')}</p>
      {list.length === 0 ? <p>{t('reminders.daily.none')}</p> : null}
      {list.map((r, i) => (
        <fieldset key={r.id} className={styles['reminders-daily']}>
          <legend>{t('reminders.daily.legend', { number: i + 1 })}</legend>
          <label>
            {t('reminders.daily.name')}{' '}
            <input
              value={r.label}
              onChange={(e) => change(i, { label: e.target.value }, false)}
              onBlur={saveNames}
              onKeyDown={onEnter(saveNames)}
            />
          </label>
          <span className={styles['reminders-daily-time']}>
            <span aria-hidden="true">{t('reminders.daily.time')}</span>{' '}
            <TimeField
              label={t('reminders.daily.time')}
              value={r.time}
              onChange={(time) => change(i, { time })}
            />
          </span>
          <label>
            {t('reminders.daily.opens')}{' '}
            <select
              value={r.practiceId ?? ''}
              onChange={(e) =>
                change(i, { practiceId: e.target.value === '' ? null : e.target.value })
              }
            >
              {practices.map((p) => (
                <option key={p.id ?? ''} value={p.id ?? ''}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          <div
            className={styles['reminders-days']}
            role="group"
            aria-label={t('reminders.daily.days', { number: i + 1 })}
          >
            {weekOrder(locale.format).map((day) => (
              <label key={day} title={weekdayName(day, locale.format, 'long')}>
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
                {weekdayName(day, locale.format, 'short')}
              </label>
            ))}
          </div>
          <button type="button" onClick={() => update(list.filter((_, j) => j !== i))}>
            {t('reminders.daily.remove', { number: i + 1 })}
          </button>
        </fieldset>
      ))}
      <div className={styles['reminders-actions']}>
        <button
          type="button"
          disabled={list.length >= DAILY_REMINDERS_MAX}
          onClick={() => update([...list, newReminder(t('reminders.daily.newLabel'))])}
        >
          {t('reminders.daily.add')}
        </button>
      </div>
      <SaveStatus message={message} />
    </DisclosureForm>
  )
}
