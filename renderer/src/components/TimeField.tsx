import { uses24HourClock } from '../../../electron/shared/i18n/locales'
import { useLocale, useT } from '../i18n/i18n-context'
import styles from './TimeField.module.css'

interface TimeFieldProps {
  /** Names the whole time, as the label of the field it stands for would. */
  label: string
  /** "HH:MM", 24-hour, as `<input type="time">` gives. */
  value: string
  onChange: (value: string) => void
  disabled?: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The locale's own word for morning or afternoon ("AM", "PM", "a.m."…). */
function periodName(format: string, afternoon: boolean): string {
  const parts = new Intl.DateTimeFormat(format, { hour: 'numeric', hour12: true }).formatToParts(
    new Date(2000, 0, 1, afternoon ? 15 : 9),
  )
  return parts.find((p) => p.type === 'dayPeriod')?.value ?? (afternoon ? 'PM' : 'AM')
}

/**
 * A time in the app's language rather than the system's: `<input type="time">` follows the
 * language Chromium started in, so someone who chose Deutsch on an English system saw AM/PM.
 * Hour and minute are selects (arrow keys and typing work as in any select), with a
 * morning/afternoon choice only where the locale reads a 12-hour clock.
 */
export function TimeField({ label, value, onChange, disabled }: TimeFieldProps) {
  const { t } = useT()
  const { format } = useLocale()
  const twelve = !uses24HourClock(format)
  const [h = 0, m = 0] = value.split(':').map(Number)
  const hour = Number.isFinite(h) ? h : 0
  const minute = Number.isFinite(m) ? m : 0
  const afternoon = hour >= 12
  const set = (nextHour: number, nextMinute: number) =>
    onChange(`${pad(nextHour)}:${pad(nextMinute)}`)
  const number = new Intl.NumberFormat(format, { minimumIntegerDigits: 2, useGrouping: false })
  const hours = twelve ? [12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] : [...Array(24).keys()]
  const shown = twelve ? hour % 12 || 12 : hour

  return (
    <span role="group" aria-label={label} className={styles['time-field']}>
      <select
        aria-label={t('components.timeField.hour')}
        value={shown}
        disabled={disabled}
        onChange={(e) => {
          const picked = Number(e.target.value)
          set(twelve ? (picked % 12) + (afternoon ? 12 : 0) : picked, minute)
        }}
      >
        {hours.map((n) => (
          <option key={n} value={n}>
            {twelve ? new Intl.NumberFormat(format).format(n) : number.format(n)}
          </option>
        ))}
      </select>
      <span aria-hidden="true">:</span>
      <select
        aria-label={t('components.timeField.minute')}
        value={minute}
        disabled={disabled}
        onChange={(e) => set(hour, Number(e.target.value))}
      >
        {[...Array(60).keys()].map((n) => (
          <option key={n} value={n}>
            {number.format(n)}
          </option>
        ))}
      </select>
      {twelve ? (
        <select
          aria-label={t('components.timeField.period')}
          value={afternoon ? 'pm' : 'am'}
          disabled={disabled}
          onChange={(e) => set((hour % 12) + (e.target.value === 'pm' ? 12 : 0), minute)}
        >
          <option value="am">{periodName(format, false)}</option>
          <option value="pm">{periodName(format, true)}</option>
        </select>
      ) : null}
    </span>
  )
}
