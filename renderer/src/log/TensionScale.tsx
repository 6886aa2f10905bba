import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { TENSION_MAX, TENSION_MIN } from '../../../electron/shared/contract/log'
import { readingArrow } from '../i18n/arrow-keys'
import { useT } from '../i18n/i18n-context'
import { digitValue, tensionWords, type DigitMemory } from './digit-keys'
import { TENSION_GRADIENT, tensionColour } from './tension-colour'
import styles from './tension-scale.module.css'

const TICKS = Array.from({ length: TENSION_MAX - TENSION_MIN + 1 }, (_, i) => TENSION_MIN + i)

interface TensionScaleProps {
  id: string
  /** null until the person chooses: nothing is assumed for them. */
  value: number | null
  onChange: (value: number) => void
  /** The visible question's id (a <label for> works as well). */
  labelledBy?: string
  describedBy?: string
  autoFocus?: boolean
}

function clamp(n: number): number {
  return Math.max(TENSION_MIN, Math.min(TENSION_MAX, n))
}

/**
 * The 0–10 tension scale as one control and one Tab stop: a native range input (so it is a
 * slider to assistive technology, and a click or drag on the track sets it) with the app's
 * words at both ends, a calm colour ramp and the chosen number always written out.
 * Keys: arrows ±1, Page Up/Down ±2, Home 0, End 10, 0–9 set that number, "1" then "0" within
 * a second makes 10. Enter saves the form it sits in (a range input would not submit alone).
 */
export function TensionScale(props: TensionScaleProps) {
  const { id, value, onChange } = props
  const digits = useRef<DigitMemory>({ last: null })
  const t = useT()
  // The numbers in the locale's own digits, as the words around them are.
  const digitsOf = new Intl.NumberFormat(t.locale.format)

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    // The track is mirrored in a right-to-left page, so the arrows follow it.
    const key = readingArrow(event.key, t.locale.dir)
    let next: number | null
    const from = value ?? null
    if (key === 'ArrowRight' || key === 'ArrowUp') next = from === null ? 1 : from + 1
    else if (key === 'ArrowLeft' || key === 'ArrowDown') next = from === null ? 0 : from - 1
    else if (key === 'PageUp') next = (from ?? 0) + 2
    else if (key === 'PageDown') next = (from ?? 2) - 2
    else if (key === 'Home') next = TENSION_MIN
    else if (key === 'End') next = TENSION_MAX
    else if (key === 'Enter') {
      event.preventDefault()
      event.currentTarget.form?.requestSubmit()
      return
    } else next = digitValue(key, digits.current)
    if (next === null) return
    event.preventDefault()
    onChange(clamp(next))
  }

  const chosen = value !== null
  return (
    <div className={styles['scale']}>
      <div className={styles['readout']} aria-hidden="true">
        <span
          className={styles['readout-number']}
          style={chosen ? { background: tensionColour(value) } : undefined}
        >
          {chosen ? digitsOf.format(value) : t.t('log.scale.noValue')}
        </span>
        <span className={styles['readout-words']}>
          {chosen ? tensionWords(t, value) : t.t('log.scale.notChosen')}
        </span>
      </div>
      <input
        id={id}
        type="range"
        className={styles['track']}
        data-chosen={chosen || undefined}
        style={{ backgroundImage: TENSION_GRADIENT }}
        min={TENSION_MIN}
        max={TENSION_MAX}
        step={1}
        value={value ?? Math.round((TENSION_MIN + TENSION_MAX) / 2)}
        aria-valuetext={chosen ? tensionWords(t, value) : t.t('log.scale.notChosen')}
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        autoFocus={props.autoFocus}
        onKeyDown={onKeyDown}
        onChange={(event) => onChange(clamp(Number(event.target.value)))}
        // A click on the hidden thumb's own spot changes nothing, so onChange would not run.
        onClick={(event) => {
          if (!chosen) onChange(clamp(Number(event.currentTarget.value)))
        }}
      />
      <div className={styles['ticks']} aria-hidden="true">
        {TICKS.map((n) => (
          // Pointer help only: the slider above is the keyboard's and screen reader's control.
          <span
            key={n}
            className={styles['tick']}
            data-on={value === n || undefined}
            onClick={() => {
              onChange(n)
              document.getElementById(id)?.focus()
            }}
          >
            {digitsOf.format(n)}
          </span>
        ))}
      </div>
      <div className={styles['ends']} aria-hidden="true">
        <span>{tensionWords(t, TENSION_MIN)}</span>
        <span>{tensionWords(t, TENSION_MAX)}</span>
      </div>
    </div>
  )
}
