import { useId, useState } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import type { ApiError } from '../../../electron/shared/result'
import { REMINDER_NUMBER_BOUNDS, SNOOZE_CHOICES } from '../../../electron/shared/settings/reminders'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { useT } from '../i18n/i18n-context'
import { DisclosureForm } from './DisclosureForm'
import { refusalText } from './refusal-text'
import { SaveStatus } from './SaveStatus'
import { onEnter, useAutosave } from './use-autosave'
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

/**
 * The break settings, saved field by field as in Settings: numbers when complete (on leaving the
 * field or Enter), choices at once. Main validates; a refused value is explained, its field is
 * marked and nothing is saved.
 */
export function ReminderSettingsForm({ settings, save }: SaveProps) {
  const { t } = useT()
  const id = useId()
  const [numbers, setNumbers] = useState(() =>
    Object.fromEntries(NUMBERS.map((n) => [n.key, String(settings[n.key])])),
  )
  const [quietApps, setQuietApps] = useState(settings.remindersQuietApps.join(', '))
  // Choices show at once; a refused one goes back to what is saved.
  const [choices, setChoices] = useState(() => pickChoices(settings))
  const { message, setMessage, commit } = useAutosave(save, (error) => {
    const label = NUMBERS.find((n) => n.key === error.field)?.label
    return refusalText(error, t, label === undefined ? undefined : t(label))
  })

  function choose(patch: Partial<Choices>) {
    setChoices({ ...choices, ...patch })
    void commit(patch).then((kept) => {
      if (!kept) setChoices(pickChoices(settings))
    })
  }

  /** Sends a number once it is complete and changed; `stay` when the person pressed Enter. */
  function saveNumber(key: NumberKey, label: MessageKey, stay: boolean) {
    const text = (numbers[key] ?? '').trim()
    if (text === '') {
      setMessage({
        error: true,
        text: t('reminders.settings.fillIn', { label: t(label) }),
        field: key,
      })
      return
    }
    const value = Number(text)
    if (value === settings[key] && message?.field !== key && !stay) return
    void commit({ [key]: value }).then((kept) => {
      if (!kept && stay) document.getElementById(`${id}-${key}`)?.focus()
    })
  }

  function saveApps() {
    const list = quietApps
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '')
    if (list.join(',') === settings.remindersQuietApps.join(',')) return
    void commit({ remindersQuietApps: list })
  }

  const check = (key: CheckKey, label: MessageKey) => (
    <label className={styles['reminders-check']}>
      <input
        type="checkbox"
        checked={choices[key]}
        onChange={(e) => choose({ [key]: e.target.checked })}
      />
      {t(label)}
    </label>
  )

  return (
    <DisclosureForm id={id} title={t('reminders.settings.title')}>
      {check('remindersEnabled', 'reminders.settings.enabled')}
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
            onBlur={() => saveNumber(n.key, n.label, false)}
            onKeyDown={onEnter(() => saveNumber(n.key, n.label, true))}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-snooze`}>{t('reminders.settings.snoozeLength')}</label>
        <select
          id={`${id}-snooze`}
          value={choices.remindersSnoozeMin}
          onChange={(e) => {
            const minutes = SNOOZE_CHOICES.find((m) => String(m) === e.target.value)
            if (minutes !== undefined) choose({ remindersSnoozeMin: minutes })
          }}
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
          value={choices.remindersStyle}
          onChange={(e) => {
            const style = STYLES.find((v) => v === e.target.value)
            if (style) choose({ remindersStyle: style })
          }}
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
          value={choices.remindersWindowDisplays}
          disabled={choices.remindersStyle === 'notification'}
          onChange={(e) =>
            choose({ remindersWindowDisplays: e.target.value === 'cursor' ? 'cursor' : 'all' })
          }
        >
          <option value="all">{t('reminders.settings.displays.all')}</option>
          <option value="cursor">{t('reminders.settings.displays.cursor')}</option>
        </select>
      </div>
      {check('remindersStrict', 'reminders.settings.strict')}
      {check('remindersAskPostponeReason', 'reminders.settings.askReason')}
      <fieldset className={styles['reminders-quiet-settings']}>
        <legend>{t('reminders.settings.quiet.legend')}</legend>
        {check('remindersQuietCall', 'reminders.settings.quiet.call')}
        {check('remindersQuietFullscreen', 'reminders.settings.quiet.fullscreen')}
        {check('remindersQuietDnd', 'reminders.settings.quiet.dnd')}
        <div className="field">
          <label htmlFor={`${id}-quiet-apps`}>{t('reminders.settings.quiet.apps')}</label>
          <input
            id={`${id}-quiet-apps`}
            value={quietApps}
            onChange={(e) => setQuietApps(e.target.value)}
            onBlur={saveApps}
            onKeyDown={onEnter(saveApps)}
          />
        </div>
      </fieldset>
      {check('remindersLaunchAtLogin', 'reminders.settings.atLogin')}
      <SaveStatus id={`${id}-message`} message={message} />
    </DisclosureForm>
  )
}

type CheckKey =
  | 'remindersEnabled'
  | 'remindersLaunchAtLogin'
  | 'remindersStrict'
  | 'remindersAskPostponeReason'
  | 'remindersQuietCall'
  | 'remindersQuietFullscreen'
  | 'remindersQuietDnd'

type Choices = Pick<
  Settings,
  CheckKey | 'remindersSnoozeMin' | 'remindersStyle' | 'remindersWindowDisplays'
>

function pickChoices(settings: Settings): Choices {
  return {
    remindersEnabled: settings.remindersEnabled,
    remindersLaunchAtLogin: settings.remindersLaunchAtLogin,
    remindersStrict: settings.remindersStrict,
    remindersAskPostponeReason: settings.remindersAskPostponeReason,
    remindersQuietCall: settings.remindersQuietCall,
    remindersQuietFullscreen: settings.remindersQuietFullscreen,
    remindersQuietDnd: settings.remindersQuietDnd,
    remindersSnoozeMin: settings.remindersSnoozeMin,
    remindersStyle: settings.remindersStyle,
    remindersWindowDisplays: settings.remindersWindowDisplays,
  }
}
