import type { SyntheticEvent } from 'react'
import { useT } from '../i18n/i18n-context'
import { TensionScale } from '../log/TensionScale'
import styles from './practice.module.css'

interface RatingPromptProps {
  id: string
  question: string
  value: number | null
  onChange: (value: number | null) => void
  /**
   * When given, the rating is kept only on Save (or Enter on the scale): each arrow press
   * moves the scale, so saving on every change would store numbers the person passed by.
   */
  onSave?: () => void
  /** Offers Clear, which takes a chosen (or saved) number back: a rating is always optional. */
  clearable?: boolean
}

/**
 * The 0–10 self-rating offered before and after a session: the check-in's tactile scale (one
 * Tab stop, arrows and number keys, words at both ends). Always optional.
 */
export function RatingPrompt({
  id,
  question,
  value,
  onChange,
  onSave,
  clearable = true,
}: RatingPromptProps) {
  const { t } = useT()
  const scaleId = `${id}-value`
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    if (value !== null) onSave?.()
  }
  const body = (
    <>
      <label id={`${id}-question`} htmlFor={scaleId} className={styles['rating-question']}>
        {question}
      </label>
      <p id={`${id}-hint`} className={styles['rating-hint']}>
        {t('practice.rating.hint')}
      </p>
      <TensionScale
        id={scaleId}
        value={value}
        onChange={onChange}
        labelledBy={`${id}-question`}
        describedBy={`${id}-hint`}
      />
      {onSave || (clearable && value !== null) ? (
        <div className={styles['rating-actions']}>
          {onSave ? (
            // Locked (and looking it) until a number is chosen; focus is on the scale then.
            <button type="submit" disabled={value === null}>
              {t('practice.rating.save')}
            </button>
          ) : null}
          {clearable && value !== null ? (
            <button
              type="button"
              onClick={() => {
                onChange(null)
                // Clear goes away with the number: focus returns to the scale, not the page.
                document.getElementById(scaleId)?.focus()
              }}
            >
              {t('practice.rating.clear')}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  )
  return onSave ? (
    <form
      className={styles['rating-prompt']}
      aria-labelledby={`${id}-question`}
      noValidate
      onSubmit={submit}
    >
      {body}
    </form>
  ) : (
    <div className={styles['rating-prompt']} role="group" aria-labelledby={`${id}-question`}>
      {body}
    </div>
  )
}
