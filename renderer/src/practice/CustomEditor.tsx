import { useRef, useState } from 'react'
import type { CustomPractice } from '../../../electron/shared/contract/practice'
import {
  CUSTOM_NAME_MAX,
  type CustomBreathingBody,
  type CustomTimerBody,
} from '../../../electron/shared/practice/custom-schema'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
import { describePatternIn } from './custom-words'
import { DEFAULT_TIMER } from './session-plan'
import { TimerOptions } from './TimerOptions'
import { cx } from '../styles/cx'
import styles from './practice.module.css'

export type EditorTarget =
  { mode: 'new'; kind: 'breathing' | 'timer' } | { mode: 'edit'; practice: CustomPractice }

const DEFAULT_BREATHING: CustomBreathingBody = {
  inhale: 4,
  topUp: 0,
  holdIn: 0,
  exhale: 6,
  holdOut: 0,
  lengthMin: 5,
}

const PHASES: { key: keyof Omit<CustomBreathingBody, 'lengthMin'>; label: MessageKey }[] = [
  { key: 'inhale', label: 'practice.editor.inhale' },
  { key: 'topUp', label: 'practice.editor.topUp' },
  { key: 'holdIn', label: 'practice.editor.holdIn' },
  { key: 'exhale', label: 'practice.editor.exhale' },
  { key: 'holdOut', label: 'practice.editor.holdOut' },
]

interface CustomEditorProps {
  target: EditorTarget
  /** Called with the saved practice, or null when the user cancels. */
  onClose: (saved: CustomPractice | null) => void
}

/** Creates or edits one breathing pattern or timer preset; main validates and stores it. */
export function CustomEditor({ target, onClose }: CustomEditorProps) {
  const { t } = useT()
  const existing = target.mode === 'edit' ? target.practice : null
  const kind = existing?.kind ?? (target.mode === 'new' ? target.kind : 'breathing')
  const [name, setName] = useState(existing?.name ?? '')
  const [breathing, setBreathing] = useState<CustomBreathingBody>(
    existing?.kind === 'breathing' ? existing.body : DEFAULT_BREATHING,
  )
  const [timer, setTimer] = useState<CustomTimerBody>(
    existing?.kind === 'timer' ? existing.body : DEFAULT_TIMER,
  )
  const [error, setError] = useState<string | null>(null)
  const [nameError, setNameError] = useState<string | null>(null)
  const nameInput = useRef<HTMLInputElement>(null)
  const errorId = `custom-editor-error-${existing?.id ?? 'new'}`

  const save = async () => {
    // Checked here, in the app's own words, instead of the browser's validation bubble.
    if (name.trim() === '') {
      setNameError(t('practice.editor.nameMissing', { kind }))
      nameInput.current?.focus()
      return
    }
    setNameError(null)
    const id = existing ? { id: existing.id } : {}
    const result =
      kind === 'breathing'
        ? await api().practice.saveCustom({ ...id, kind, name, body: breathing })
        : await api().practice.saveCustom({ ...id, kind, name, body: timer })
    if (result.ok) onClose(result.value)
    else {
      // Beside a field the form shows main's reason alone, without the field's name.
      const { field, message, problem } = result.error
      setError(field ? (problem ?? message) : message)
    }
  }

  const heading = t('practice.editor.heading', { mode: existing ? 'edit' : 'new', kind })
  return (
    <form
      className={styles['custom-editor']}
      aria-label={heading}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose(null)
      }}
    >
      <h3>{heading}</h3>
      <label className="field">
        {t('practice.editor.name')}
        <input
          ref={nameInput}
          value={name}
          maxLength={CUSTOM_NAME_MAX}
          required
          autoFocus
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${errorId}-name` : undefined}
          onChange={(event) => {
            setName(event.target.value)
            if (event.target.value.trim() !== '') setNameError(null)
          }}
        />
      </label>
      {nameError ? (
        <p id={`${errorId}-name`} role="alert" className={cx('form-error', styles['field-error'])}>
          {nameError}
        </p>
      ) : null}
      {kind === 'breathing' ? (
        <fieldset className={cx(styles['practice-options'], styles['phase-grid'])}>
          <legend>
            {t('practice.editor.oneBreath', { pattern: describePatternIn(t, breathing) })}
          </legend>
          {PHASES.map(({ key, label }) => (
            <label key={key} className="field">
              {t(label)}
              <input
                type="number"
                step={0.5}
                value={breathing[key]}
                onChange={(event) =>
                  setBreathing({ ...breathing, [key]: Number(event.target.value) })
                }
              />
            </label>
          ))}
          <label className="field">
            {t('practice.editor.length')}
            <input
              type="number"
              step={1}
              value={breathing.lengthMin}
              onChange={(event) =>
                setBreathing({ ...breathing, lengthMin: Number(event.target.value) })
              }
            />
          </label>
        </fieldset>
      ) : (
        <TimerOptions value={timer} onChange={setTimer} />
      )}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className={styles['practice-actions']}>
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={() => onClose(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
