import { useRef, useState } from 'react'
import type { SyntheticEvent } from 'react'
import { PEG_ITEM_MAX, PEG_ITEM_MIN, PEG_ITEMS } from '../../../electron/shared/checkins/peg'
import type { Checkin } from '../../../electron/shared/contract/checkins'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
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
  const { t } = useT()

  async function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (busy) return
    const answers = values.map((value) => Number(value.trim()))
    const wrong = answers.findIndex(
      (n, i) =>
        values[i]?.trim() === '' || !Number.isInteger(n) || n < PEG_ITEM_MIN || n > PEG_ITEM_MAX,
    )
    if (wrong >= 0) {
      setError(t('checkins.peg.form.wrongAnswer', { number: wrong + 1 }))
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
      aria-label={t('checkins.peg.form.label')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <p className="form-hint">{t('checkins.peg.form.hint')}</p>
      {PEG_ITEMS.map((item, i) => (
        <div key={item.key} className={styles['item']}>
          <label htmlFor={`peg-${item.key}`}>
            {t('checkins.peg.form.question', { number: i + 1, question: t(item.textKey) })}
          </label>
          <div className={styles['item-scale']}>
            <span>{t('checkins.peg.form.low', { label: t(item.lowKey) })}</span>
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
            <span>{t('checkins.peg.form.high', { label: t(item.highKey) })}</span>
          </div>
        </div>
      ))}
      <CheckinFormFooter error={error} busy={busy} onCancel={onCancel} />
    </form>
  )
}
