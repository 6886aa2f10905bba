import { useT } from '../i18n/i18n-context'
import styles from './practice.module.css'
interface RatingPromptProps {
  id: string
  question: string
  value: number | null
  onChange: (value: number | null) => void
  disabled?: boolean
}

const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

/** The one-tap 0–10 self-rating offered before and after a session. Always skippable. */
export function RatingPrompt({
  id,
  question,
  value,
  onChange,
  disabled = false,
}: RatingPromptProps) {
  const { t } = useT()
  return (
    <fieldset className={styles['rating-prompt']} aria-describedby={`${id}-hint`}>
      <legend>{question}</legend>
      <p id={`${id}-hint`} className={styles['rating-hint']}>
        {t('practice.rating.hint')}
      </p>
      <div className={styles['rating-buttons']}>
        {VALUES.map((n) => (
          <button
            key={n}
            type="button"
            aria-pressed={value === n}
            aria-label={t('practice.rating.valueLabel', { value: n })}
            disabled={disabled}
            onClick={() => onChange(value === n ? null : n)}
          >
            {n}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
