import { useId, useState } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import type { ApiError } from '../../../electron/shared/result'
import { REMINDER_NUMBER_BOUNDS, SNOOZE_CHOICES } from '../../../electron/shared/settings/reminders'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { useT } from '../i18n/i18n-context'
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

const NUMBERS: { key: NumberKey; label: MessageKey; unit: MessageKey }[] = [
  {
    key: 'remindersIntervalMin',
    label: 'reminders.settings.interval',
    unit: 'reminders.settings.unit.minutes',
  },
  {
    key: 'remindersBreakMin',
    label: 'reminders.settings.breakLength',
    unit: 'reminders.settings.unit.minutes',
  },
  {
    key: 'remindersNaturalBreakMin',
    label: 'reminders.settings.naturalBreak',
    unit: 'reminders.settings.unit.minutes',
  },
  {
    key: 'remindersHeadsUpSec',
    label: 'reminders.settings.headsUp',
    unit: 'reminders.settings.unit.seconds',
  },
  {
    key: 'remindersSnoozeLimit',
    label: 'reminders.settings.snoozeLimit',
    unit: 'reminders.settings.unit.times',
  },
  {
    key: 'remindersCreditPct',
    label: 'reminders.settings.credit',
    unit: 'reminders.settings.unit.percent',
  },
  {
    key: 'remindersSkipsPerDay',
    label: 'reminders.settings.skipsPerDay',
    unit: 'reminders.settings.unit.skips',
  },
  {
    key: 'remindersLullWaitMin',
    label: 'reminders.settings.lullWait',
    unit: 'reminders.settings.unit.minutes',
  },
  {
    key: 'remindersMicroEveryMin',
    label: 'reminders.settings.microEvery',
    unit: 'reminders.settings.unit.minutes',
  },
  {
    key: 'remindersSitStandMin',
    label: 'reminders.settings.sitStand',
    unit: 'reminders.settings.unit.minutes',
  },
]

const STYLES = ['notification', 'window', 'window-only'] as const

export interface SaveProps {
  settings: Settings
  save: (patch: SettingsPatch) => Promise<ApiError | null>
}

/** The break settings. Main validates; a refused value is explained and nothing is saved. */
export function ReminderSettingsForm({ settings, save }: SaveProps) {
  const { t } = useT()
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
        refuse(t('reminders.settings.fillIn', { label: t(n.label) }), n.key)
        return
      }
      patch[n.key] = Number(text)
    }
    const error = await save(patch)
    if (error) {
      const label = NUMBERS.find((n) => n.key === error.field)?.label
      refuse(refusalText(error, t, label === undefined ? undefined : t(label)), error.field)
    } else {
      setMessage({ error: false, text: t('reminders.saved') })
    }
  }

  return (
    <DisclosureForm id={id} title={t('reminders.settings.title')} onSubmit={() => void submit()}>
      <label className={styles['reminders-check']}>
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        {t('reminders.settings.enabled')}
      </label>
      {NUMBERS.map((n) => (
        <div className="field" key={n.key}>
          <label htmlFor={`${id}-${n.key}`}>
            {t('reminders.settings.numberLabel', {
              label: t(n.label),
              unit: t(n.unit),
              min: REMINDER_NUMBER_BOUNDS[n.key].min,
              max: REMINDER_NUMBER_BOUNDS[n.key].max,
            })}
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
        <label htmlFor={`${id}-snooze`}>{t('reminders.settings.snoozeLength')}</label>
        <select
          id={`${id}-snooze`}
          value={snoozeMin}
          onChange={(e) =>
            setSnoozeMin(SNOOZE_CHOICES.find((m) => String(m) === e.target.value) ?? snoozeMin)
          }
        >
          {SNOOZE_CHOICES.map((m) => (
            <option key={m} value={m}>
              {t('reminders.settings.snoozeChoice', { minutes: m })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-style`}>{t('reminders.settings.style')}</label>
        <select
          id={`${id}-style`}
          value={style}
          onChange={(e) => setStyle(STYLES.find((v) => v === e.target.value) ?? style)}
        >
          <option value="notification">{t('reminders.settings.style.notification')}</option>
          <option value="window">{t('reminders.settings.style.window')}</option>
          <option value="window-only">{t('reminders.settings.style.windowOnly')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-displays`}>{t('reminders.settings.displays')}</label>
        <select
          id={`${id}-displays`}
          value={displays}
          disabled={style === 'notification'}
          onChange={(e) => setDisplays(e.target.value === 'cursor' ? 'cursor' : 'all')}
        >
          <option value="all">{t('reminders.settings.displays.all')}</option>
          <option value="cursor">{t('reminders.settings.displays.cursor')}</option>
        </select>
      </div>
      <label className={styles['reminders-check']}>
        <input type="checkbox" checked={strict} onChange={(e) => setStrict(e.target.checked)} />
        {t('reminders.settings.strict')}
      </label>
      <label className={styles['reminders-check']}>
        <input
          type="checkbox"
          checked={askReason}
          onChange={(e) => setAskReason(e.target.checked)}
        />
        {t('reminders.settings.askReason')}
      </label>
      <fieldset className={styles['reminders-quiet-settings']}>
        <legend>{t('reminders.settings.quiet.legend')}</legend>
        <label className={styles['reminders-check']}>
          <input
            type="checkbox"
            checked={quietCall}
            onChange={(e) => setQuietCall(e.target.checked)}
          />
          {t('reminders.settings.quiet.call')}
        </label>
        <label className={styles['reminders-check']}>
          <input
            type="checkbox"
            checked={quietFullscreen}
            onChange={(e) => setQuietFullscreen(e.target.checked)}
          />
          {t('reminders.settings.quiet.fullscreen')}
        </label>
        <label className={styles['reminders-check']}>
          <input
            type="checkbox"
            checked={quietDnd}
            onChange={(e) => setQuietDnd(e.target.checked)}
          />
          {t('reminders.settings.quiet.dnd')}
        </label>
        <div className="field">
          <label htmlFor={`${id}-quiet-apps`}>{t('reminders.settings.quiet.apps')}</label>
          <input
            id={`${id}-quiet-apps`}
            value={quietApps}
            onChange={(e) => setQuietApps(e.target.value)}
          />
        </div>
      </fieldset>
      <label className={styles['reminders-check']}>
        <input type="checkbox" checked={atLogin} onChange={(e) => setAtLogin(e.target.checked)} />
        {t('reminders.settings.atLogin')}
      </label>
      <div className={styles['reminders-actions']}>
        <button type="submit" className="primary">
          {t('reminders.settings.save')}
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
