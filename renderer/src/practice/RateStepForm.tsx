import { useState } from 'react'
import styles from './practice.module.css'
import own from './finder.module.css'

const SCALE = Array.from({ length: 11 }, (_, i) => i)

function Scale({
  name,
  legend,
  low,
  high,
  value,
  onChange,
}: {
  name: string
  legend: string
  low: string
  high: string
  value: number | null
  onChange: (value: number) => void
}) {
  return (
    <fieldset className={own['scale']}>
      <legend>
        {legend} (0 {low} – 10 {high})
      </legend>
      <div className={styles['choice-row']}>
        {SCALE.map((n) => (
          <label key={n} className={styles['chip']}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            {n}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** After one round of the rate finder: how easy and how calm it felt, both 0–10. */
export function RateStepForm({
  rate,
  last,
  onRated,
  onFinishEarly,
}: {
  rate: number
  last: boolean
  onRated: (ease: number, calm: number) => void
  onFinishEarly: () => void
}) {
  const [ease, setEase] = useState<number | null>(null)
  const [calm, setCalm] = useState<number | null>(null)
  return (
    <section className={styles['practice-setup']} aria-labelledby="rate-step-title">
      <h2 id="rate-step-title" tabIndex={-1}>
        How was {rate} breaths a minute?
      </h2>
      <Scale
        name="ease"
        legend="Ease"
        low="a strain"
        high="effortless"
        value={ease}
        onChange={setEase}
      />
      <Scale
        name="calm"
        legend="Calm"
        low="not calm"
        high="very calm"
        value={calm}
        onChange={setCalm}
      />
      <div className={styles['practice-actions']}>
        <button
          type="button"
          className="primary"
          disabled={ease === null || calm === null}
          onClick={() => {
            if (ease !== null && calm !== null) onRated(ease, calm)
          }}
        >
          {last ? 'See the result' : 'Next rate'}
        </button>
        <button type="button" onClick={onFinishEarly}>
          End here
        </button>
      </div>
    </section>
  )
}
