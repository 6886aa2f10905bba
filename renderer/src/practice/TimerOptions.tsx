import type { CustomTimerBody } from '../../../electron/shared/practice/custom-schema'
import { useT } from '../i18n/i18n-context'
import styles from './practice.module.css'

const WARM_UPS = [0, 5, 10, 15, 30, 60]
const LENGTHS = [1, 2, 3, 5, 10, 15, 20, 25, 30, 45, 60, 90]
const INTERVALS = [1, 2, 3, 5, 10, 15, 20, 30]

interface TimerOptionsProps {
  value: CustomTimerBody
  onChange: (value: CustomTimerBody) => void
}

function withCurrent(options: number[], current: number | null): number[] {
  return current === null || options.includes(current)
    ? options
    : [...options, current].sort((a, b) => a - b)
}

/** The open timer's choices: warm-up, length or open-ended, interval, start and end bells. */
export function TimerOptions({ value, onChange }: TimerOptionsProps) {
  const { t } = useT()
  return (
    <fieldset className={styles['practice-options']}>
      <legend>{t('practice.timer.legend')}</legend>
      <label className="field">
        {t('practice.timer.warmUp')}
        <select
          value={value.warmUpS}
          onChange={(event) => onChange({ ...value, warmUpS: Number(event.target.value) })}
        >
          {withCurrent(WARM_UPS, value.warmUpS).map((s) => (
            <option key={s} value={s}>
              {s === 0 ? t('practice.timer.none') : t('practice.duration.seconds', { seconds: s })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('practice.timer.length')}
        <select
          value={value.lengthMin ?? 'open'}
          onChange={(event) =>
            onChange({
              ...value,
              lengthMin: event.target.value === 'open' ? null : Number(event.target.value),
            })
          }
        >
          {withCurrent(LENGTHS, value.lengthMin).map((m) => (
            <option key={m} value={m}>
              {t('practice.duration.minutes', { minutes: m })}
            </option>
          ))}
          <option value="open">{t('practice.timer.openEnded')}</option>
        </select>
      </label>
      <label className="field">
        {t('practice.timer.interval')}
        <select
          value={value.intervalMin ?? 'none'}
          onChange={(event) =>
            onChange({
              ...value,
              intervalMin: event.target.value === 'none' ? null : Number(event.target.value),
            })
          }
        >
          <option value="none">{t('practice.timer.none')}</option>
          {withCurrent(INTERVALS, value.intervalMin).map((m) => (
            <option key={m} value={m}>
              {t('practice.timer.every', { minutes: m })}
            </option>
          ))}
        </select>
      </label>
      <label className={styles['check']}>
        <input
          type="checkbox"
          checked={value.startBell}
          onChange={(event) => onChange({ ...value, startBell: event.target.checked })}
        />
        {t('practice.timer.startBell')}
      </label>
      <label className={styles['check']}>
        <input
          type="checkbox"
          checked={value.endBell}
          onChange={(event) => onChange({ ...value, endBell: event.target.checked })}
        />
        {t('practice.timer.endBell')}
      </label>
    </fieldset>
  )
}
