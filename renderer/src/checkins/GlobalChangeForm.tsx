import { useState } from 'react'
import type { SyntheticEvent } from 'react'
import {
  GLOBAL_CHANGE_OPTIONS,
  GLOBAL_CHANGE_QUESTION_KEY,
} from '../../../electron/shared/checkins/global-change'
import type { Checkin } from '../../../electron/shared/contract/checkins'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
import { CheckinFormFooter } from './CheckinFormFooter'
import styles from './checkins.module.css'

interface GlobalChangeFormProps {
  onDone: (saved: Checkin) => void
  onCancel: () => void
}

/** The 7-point global impression of change: arrow keys choose, Enter saves. */
export function GlobalChangeForm({ onDone, onCancel }: GlobalChangeFormProps) {
  const [value, setValue] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { t } = useT()

  async function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (busy) return
    if (value === null) return setError(t('checkins.globalChange.form.unanswered'))
    setBusy(true)
    const result = await api().checkins.answer({ instrument: 'global-change', answers: [value] })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onDone(result.value)
  }

  return (
    <form
      className={styles['form']}
      noValidate
      aria-label={t('checkins.globalChange.form.label')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <fieldset className={styles['choices']}>
        <legend>{t(GLOBAL_CHANGE_QUESTION_KEY)}</legend>
        {GLOBAL_CHANGE_OPTIONS.map((option, i) => (
          <label key={option.value}>
            <input
              type="radio"
              name="global-change"
              value={option.value}
              autoFocus={i === 0}
              checked={value === option.value}
              onChange={() => setValue(option.value)}
            />{' '}
            {t(option.key)}
          </label>
        ))}
      </fieldset>
      <CheckinFormFooter error={error} busy={busy} onCancel={onCancel} />
    </form>
  )
}
