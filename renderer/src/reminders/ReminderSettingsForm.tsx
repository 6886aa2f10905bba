import { useId, useState } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import type { ApiError } from '../../../electron/shared/result'
import { REMINDER_NUMBER_BOUNDS, SNOOZE_CHOICES } from '../../../electron/shared/settings/reminders'
import { DisclosureForm } from './DisclosureForm'
import { refusalText } from './refusal-text'
import styles from './reminders.module.css'

type NumberKey =
  | 'remindersIntervalMin'
  | 'remindersBreakMin'
  | 'remindersNaturalBreakMin'
  | 'remindersHeadsUpSec'
  | 'remindersSnoozeLimit'
  | 'remindersCreditPct'
  | 'remindersSkipsPerDay'
  | 'remindersLullWaitMin'
  | 'remindersMicroEveryMin'
  | 'remindersSitStandMin'

const NUMBERS: { key: NumberKey; label: string; unit: string }[] = [
  { key: 'remindersIntervalMin', label: 'Remind me after sitting for', unit: 'minutes' },
  { key: 'remindersBreakMin', label: 'Break length', unit: 'minutes' },
  { key: 'remindersNaturalBreakMin', label: 'Away this long counts as a break', unit: 'minutes' },
  { key: 'remindersHeadsUpSec', label: 'Heads-up before a break (0 = none)', unit: 'seconds' },
  { key: 'remindersSnoozeLimit', label: 'Snoozes allowed in a row', unit: 'times' },
  {
    key: 'remindersCreditPct',
    label: 'A started break counts when I am away for this share of it (0 = always)',
    unit: '%',
  },
  { key: 'remindersSkipsPerDay', label: 'Skips allowed a day (0 = no limit)', unit: 'skips' },
  {
    key: 'remindersLullWaitMin',
    label: 'While I type, wait for a pause before reminding, at most (0 = remind on time)',
    unit: 'minutes',
  },
  {
    key: 'remindersMicroEveryMin',
    label: 'A 30-second micro-break (stand, one long sigh out) every (0 = none)',
    unit: 'minutes',
  },
  {
    key: 'remindersSitStandMin',
    label: 'Standing desk: prompt me to stand up and sit down in turn, every (0 = off)',
    unit: 'minutes',
  },
]

const STYLES = ['notification', 'window', 'window-only'] as const

export interface SaveProps {
  settings: Settings
  save: (patch: SettingsPatch) => Promise<ApiError | null>
}

/** The break settings. Main validates; a refused value is explained and nothing is saved. */
export function ReminderSettingsForm({ settings, save }: SaveProps) {
  const id = useId()
  const [numbers, setNumbers] = useState(() =>
    Object.fromEntries(NUMBERS.map((n) => [n.key, String(settings[n.key])])),
  )
  const [snoozeMin, setSnoozeMin] = useState(settings.remindersSnoozeMin)
  const [style, setStyle] = useState(settings.remindersStyle)
  const [displays, setDisplays] = useState(settings.remindersWindowDisplays)
  const [enabled, setEnabled] = useState(settings.remindersEnabled)
  const [atLogin, setAtLogin] = useState(settings.remindersLaunchAtLogin)
  const [strict, setStrict] = useState(settings.remindersStrict)
  const [askReason, setAskReason] = useState(settings.remindersAskPostponeReason)
  const [quietCall, setQuietCall] = useState(settings.remindersQuietCall)
  const [quietFullscreen, setQuietFullscreen] = useState(settings.remindersQuietFullscreen)
  const [quietDnd, setQuietDnd] = useState(settings.remindersQuietDnd)
  const [quietApps, setQuietApps] = useState(settings.remindersQuietApps.join(', '))
  const [message, setMessage] = useState<{ error: boolean; text: string; field?: string } | null>(
    null,
  )

  /** Shows what is wrong and puts the cursor in the field to correct, when there is one. */
  function refuse(text: string, field?: string) {
    setMessage({ error: true, text, ...(field ? { field } : {}) })
    if (field) document.getElementById(`${id}-${field}`)?.focus()
  }

  async function submit() {
    const patch: SettingsPatch = {
      remindersEnabled: enabled,
      remindersSnoozeMin: snoozeMin,
      remindersStyle: style,
      remindersWindowDisplays: displays,
      remindersLaunchAtLogin: atLogin,
      remindersStrict: strict,
      remindersAskPostponeReason: askReason,
      remindersQuietCall: quietCall,
      remindersQuietFullscreen: quietFullscreen,
      remindersQuietDnd: quietDnd,
      remindersQuietApps: quietApps
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
    }
    for (const n of NUMBERS) {
      const text = (numbers[n.key] ?? '').trim()
      if (text === '') {
        refuse(`Fill in "${n.label}".`, n.key)
        return
      }
      patch[n.key] = Number(text)
    }
    const error = await save(patch)
    if (error) {
      const label = NUMBERS.find((n) => n.key === error.field)?.label
      refuse(refusalText(error, label), error.field)
    } else {
      setMessage({ error: false, text: 'Saved.' })
    }
  }

  return (
    <DisclosureForm id={id} title="Break settings" onSubmit={() => void submit()}>
      <label className={styles['reminders-check']}>
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Remind me to take movement breaks
      </label>
      {NUMBERS.map((n) => (
        <div className="field" key={n.key}>
          <label htmlFor={`${id}-${n.key}`}>
            {n.label} ({n.unit}, {REMINDER_NUMBER_BOUNDS[n.key].min}–
            {REMINDER_NUMBER_BOUNDS[n.key].max})
          </label>
          <input
            id={`${id}-${n.key}`}
            type="number"
            inputMode="numeric"
            value={numbers[n.key] ?? ''}
            aria-invalid={message?.field === n.key ? true : undefined}
            aria-describedby={message?.field === n.key ? `${id}-message` : undefined}
            onChange={(e) => setNumbers({ ...numbers, [n.key]: e.target.value })}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-snooze`}>Snooze length</label>
        <select
          id={`${id}-snooze`}
          value={snoozeMin}
          onChange={(e) =>
            setSnoozeMin(SNOOZE_CHOICES.find((m) => String(m) === e.target.value) ?? snoozeMin)
          }
        >
          {SNOOZE_CHOICES.map((m) => (
            <option key={m} value={m}>
              {m} minutes
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-style`}>How to remind me</label>
        <select
          id={`${id}-style`}
          value={style}
          onChange={(e) => setStyle(STYLES.find((v) => v === e.target.value) ?? style)}
        >
          <option value="notification">A notification only</option>
          <option value="window">A notification and a gentle break window</option>
          <option value="window-only">A gentle break window only</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-displays`}>Show the break window</label>
        <select
          id={`${id}-displays`}
          value={displays}
          disabled={style === 'notification'}
          onChange={(e) => setDisplays(e.target.value === 'cursor' ? 'cursor' : 'all')}
        >
          <option value="all">On every display</option>
          <option value="cursor">Only on the display with the pointer</option>
        </select>
      </div>
      <label className={styles['reminders-check']}>
        <input type="checkbox" checked={strict} onChange={(e) => setStrict(e.target.checked)} />
        Strict mode: no skipping, and at most one snooze in a row
      </label>
      <label className={styles['reminders-check']}>
        <input
          type="checkbox"
          checked={askReason}
          onChange={(e) => setAskReason(e.target.checked)}
        />
        When I snooze, let me note why (optional)
      </label>
      <fieldset className={styles['reminders-quiet-settings']}>
        <legend>Hold reminders back (quiet times)</legend>
        <label className={styles['reminders-check']}>
          <input
            type="checkbox"
            checked={quietCall}
            onChange={(e) => setQuietCall(e.target.checked)}
          />
          While the camera or microphone is in use (a call)
        </label>
        <label className={styles['reminders-check']}>
          <input
            type="checkbox"
            checked={quietFullscreen}
            onChange={(e) => setQuietFullscreen(e.target.checked)}
          />
          While another app is fullscreen
        </label>
        <label className={styles['reminders-check']}>
          <input
            type="checkbox"
            checked={quietDnd}
            onChange={(e) => setQuietDnd(e.target.checked)}
          />
          While Do Not Disturb is on
        </label>
        <div className="field">
          <label htmlFor={`${id}-quiet-apps`}>
            While one of these apps is in front (names, separated by commas)
          </label>
          <input
            id={`${id}-quiet-apps`}
            value={quietApps}
            onChange={(e) => setQuietApps(e.target.value)}
          />
        </div>
      </fieldset>
      <label className={styles['reminders-check']}>
        <input type="checkbox" checked={atLogin} onChange={(e) => setAtLogin(e.target.checked)} />
        Start Loosen when I log in (it waits in the tray)
      </label>
      <div className={styles['reminders-actions']}>
        <button type="submit" className="primary">
          Save break settings
        </button>
      </div>
      <p
        id={`${id}-message`}
        className={message?.error ? 'form-error' : 'form-status'}
        role="status"
      >
        {message?.text ?? ''}
      </p>
    </DisclosureForm>
  )
}
