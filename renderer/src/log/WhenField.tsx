import { useEffect, useRef, useState } from 'react'
import { useT, useRich } from '../i18n/i18n-context'
import { formatWhen, toLocalInput } from './format'
import styles from './log.module.css'

interface WhenFieldProps {
  idPrefix: string
  /** The `datetime-local` text; '' means "now" (main stamps it). */
  value: string
  onChange: (value: string) => void
  /** For an edit: the rating's own time, shown until it is changed. */
  original?: number
}

/**
 * "Now" (or the rating's own time) in words with one "Change time" button; only when asked
 * does the single date-and-time field appear. One Tab stop instead of the field's seven.
 */
export function WhenField({ idPrefix, value, onChange, original }: WhenFieldProps) {
  const [open, setOpen] = useState(false)
  const t = useT()
  const rich = useRich()
  const input = useRef<HTMLInputElement>(null)
  const change = useRef<HTMLButtonElement>(null)
  // Focus follows the control that replaced the one just pressed, so it is never lost.
  const wantFocus = useRef(false)
  useEffect(() => {
    if (wantFocus.current) (open ? input.current : change.current)?.focus()
    wantFocus.current = false
  }, [open])

  if (!open) {
    return (
      <div className={styles['when-row']}>
        <span id={`${idPrefix}-when-text`}>
          {rich('log.when.text', {
            strong: (chunks) => <strong>{chunks}</strong>,
            when:
              original === undefined ? t.t('log.when.now') : formatWhen(original, t.locale.format),
          })}
        </span>
        <button
          ref={change}
          type="button"
          aria-describedby={`${idPrefix}-when-text`}
          onClick={() => {
            wantFocus.current = true
            setOpen(true)
          }}
        >
          {t.t('log.when.change')}
        </button>
      </div>
    )
  }
  return (
    <div className={styles['when-row']}>
      <label htmlFor={`${idPrefix}-when`}>{t.t('log.when.label')}</label>
      <input
        ref={input}
        id={`${idPrefix}-when`}
        type="datetime-local"
        // The latest allowed time is now, refreshed whenever the field is used.
        onFocus={(event) => (event.currentTarget.max = toLocalInput(Date.now()))}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {original === undefined ? (
        <button
          type="button"
          onClick={() => {
            onChange('')
            wantFocus.current = true
            setOpen(false)
          }}
        >
          {t.t('log.when.useNow')}
        </button>
      ) : null}
    </div>
  )
}
