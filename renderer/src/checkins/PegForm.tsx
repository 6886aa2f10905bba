import { useRef, useState } from 'react'
import type { SyntheticEvent } from 'react'
import { PEG_ITEM_MAX, PEG_ITEM_MIN, PEG_ITEMS } from '../../../electron/shared/checkins/peg'
import type { Checkin } from '../../../electron/shared/contract/checkins'
import { api } from '../api'
import { CheckinFormFooter } from './CheckinFormFooter'
import styles from './checkins.module.css'

interface PegFormProps {
  onDone: (saved: Checkin) => void
  onCancel: () => void
}

/** The three PEG questions as number fields: type a number, Tab to the next, Enter to save. */
export function PegForm({ onDone, onCancel }: PegFormProps) {
  const [values, setValues] = useState<string[]>(['', '', ''])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const inputs = useRef<(HTMLInputElement | null)[]>([])

  async function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (busy) return
    const answers = values.map((value) => Number(value.trim()))
    const wrong = answers.findIndex(
      (n, i) =>
        values[i]?.trim() === '' || !Number.isInteger(n) || n < PEG_ITEM_MIN || n > PEG_ITEM_MAX,
    )
    if (wrong >= 0) {
      setError(`Answer question ${String(wrong + 1)} with a whole number from 0 to 10.`)
      inputs.current[wrong]?.focus()
      return
    }
    setBusy(true)
    const result = await api().checkins.answer({ instrument: 'peg', answers })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onDone(result.value)
  }

  return (
    <form
      className={styles['form']}
      noValidate
      aria-label="PEG check-in"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <p className="form-hint">
        Type a number from 0 to 10 for each question, Tab to the next, Enter to save, Escape to
        close.
      </p>
      {PEG_ITEMS.map((item, i) => (
        <div key={item.key} className={styles['item']}>
          <label htmlFor={`peg-${item.key}`}>
            {i + 1}. {item.text}
          </label>
          <div className={styles['item-scale']}>
            <span>0 · {item.low}</span>
            <input
              ref={(element) => {
                inputs.current[i] = element
              }}
              id={`peg-${item.key}`}
              className={styles['item-value']}
              type="number"
              min={PEG_ITEM_MIN}
              max={PEG_ITEM_MAX}
              step={1}
              inputMode="numeric"
              autoFocus={i === 0}
              onFocus={(event) => event.currentTarget.select()}
              value={values[i]}
              onChange={(event) => {
                const next = [...values]
                next[i] = event.target.value
                setValues(next)
              }}
            />
            <span>10 · {item.high}</span>
          </div>
        </div>
      ))}
      <CheckinFormFooter error={error} busy={busy} onCancel={onCancel} />
    </form>
  )
}
