import { useState } from 'react'
import { useT } from '../i18n/i18n-context'
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
  const { t } = useT()
  return (
    <fieldset className={own['scale']}>
      <legend>{t('practice.rateStep.scale', { legend, low, high })}</legend>
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
  const { t } = useT()
  const [ease, setEase] = useState<number | null>(null)
  const [calm, setCalm] = useState<number | null>(null)
  return (
    <section className={styles['practice-setup']} aria-labelledby="rate-step-title">
      <h2 id="rate-step-title" tabIndex={-1}>
        {t('practice.rateStep.heading', { rate })}
      </h2>
      <Scale
        name="ease"
        legend={t('practice.rateStep.ease')}
        low={t('practice.rateStep.easeLow')}
        high={t('practice.rateStep.easeHigh')}
        value={ease}
        onChange={setEase}
      />
      <Scale
        name="calm"
        legend={t('practice.rateStep.calm')}
        low={t('practice.rateStep.calmLow')}
        high={t('practice.rateStep.calmHigh')}
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
          {last ? t('practice.rateStep.seeResult') : t('practice.rateStep.next')}
        </button>
        <button type="button" onClick={onFinishEarly}>
          {t('practice.rateStep.endHere')}
        </button>
      </div>
    </section>
  )
}
