import { useRef, useState } from 'react'
import type { SyntheticEvent } from 'react'
import {
  NOTE_MAX,
  TENSION_MAX,
  TENSION_MIN,
  type Rating,
} from '../../../electron/shared/contract/log'
import { api } from '../api'
import { BodyMapInputs, readRegions, type RegionDraft } from './BodyMapInputs'
import { fromLocalInput, toLocalInput } from './format'
import { TagPicker } from './TagPicker'
import { cx } from '../styles/cx'
import styles from './log.module.css'

interface RatingFormProps {
  /** The rating being edited; absent for a new one. */
  rating?: Rating
  idPrefix: string
  onSaved: (saved: Rating, previous: Rating | null) => void
  onCancel?: () => void
  autoFocus?: boolean
  /** Opens the optional details (time, body map, note, tags) from the start. */
  detailsOpen?: boolean
}

const SCALE = Array.from({ length: TENSION_MAX - TENSION_MIN + 1 }, (_, i) => TENSION_MIN + i)

function draftOf(rating?: Rating): RegionDraft {
  return Object.fromEntries(Object.entries(rating?.regions ?? {}).map(([k, v]) => [k, String(v)]))
}

/**
 * The one-keystroke self-rating: type 0–10 and press Enter. Everything else is optional and
 * folded away. Used on the Log screen, in the quick-log dialog and in the tray's small window.
 */
export function RatingForm(props: RatingFormProps) {
  const { rating, idPrefix } = props
  const [value, setValue] = useState(rating ? String(rating.value) : '')
  const originalWhen = rating ? toLocalInput(rating.takenAt) : ''
  const [when, setWhen] = useState(originalWhen)
  const [regions, setRegions] = useState<RegionDraft>(() => draftOf(rating))
  const [note, setNote] = useState(rating?.note ?? '')
  const [tags, setTags] = useState<string[]>(rating?.tags ?? [])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const valueInput = useRef<HTMLInputElement>(null)

  function fail(message: string, focus?: HTMLElement | null) {
    setError(message)
    focus?.focus()
  }

  async function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (busy) return
    const n = Number(value.trim())
    if (value.trim() === '' || !Number.isInteger(n) || n < TENSION_MIN || n > TENSION_MAX) {
      fail(
        `Type a whole number from ${String(TENSION_MIN)} (loose) to ${String(TENSION_MAX)} (as tight as can be).`,
        valueInput.current,
      )
      return
    }
    // An untouched time is not sent: main stamps "now" itself, so clocks cannot disagree.
    let takenAt: number | undefined
    if (when !== originalWhen) {
      takenAt = fromLocalInput(when)
      if (Number.isNaN(takenAt)) return fail('Pick a date and time, or clear the field for now.')
      if (takenAt > Date.now()) return fail('That time is in the future. Pick now or earlier.')
    }
    const parsedRegions = readRegions(regions)
    if (!parsedRegions.ok) return fail(parsedRegions.message)
    setBusy(true)
    const result = rating
      ? await api().log.updateRating({
          id: rating.id,
          value: n,
          takenAt: takenAt ?? rating.takenAt,
          regions: parsedRegions.regions,
          note,
          tags,
        })
      : await api().log.addRating({
          value: n,
          ...(takenAt === undefined ? {} : { takenAt }),
          regions: parsedRegions.regions,
          note,
          tags,
        })
    setBusy(false)
    if (!result.ok) return fail(result.error.message)
    setError(null)
    if (!rating) {
      setValue('')
      setWhen('')
      setRegions({})
      setNote('')
      setTags([])
    }
    props.onSaved(result.value, rating ?? null)
  }

  return (
    <form
      className={styles['rating-form']}
      noValidate
      aria-label={rating ? 'Edit self-rating' : 'New self-rating'}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault()
          event.currentTarget.requestSubmit()
        }
        if (event.key === 'Escape' && props.onCancel) props.onCancel()
      }}
    >
      <p className={styles['self-rating-badge']}>Self-rating</p>
      <label className={styles['rating-question']} htmlFor={`${idPrefix}-value`}>
        How tense do your hips feel?
      </label>
      <div className={styles['rating-scale']}>
        <span className={styles['scale-end']}>{TENSION_MIN} · loose</span>
        <input
          ref={valueInput}
          id={`${idPrefix}-value`}
          className={styles['rating-value']}
          type="number"
          min={TENSION_MIN}
          max={TENSION_MAX}
          step={1}
          inputMode="numeric"
          autoFocus={props.autoFocus}
          // Typing a new number replaces the old one instead of making "49" from "4".
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={`${idPrefix}-hint`}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <span className={styles['scale-end']}>{TENSION_MAX} · as tight as can be</span>
      </div>
      <div className={styles['scale-buttons']}>
        {SCALE.map((i) => (
          <button
            key={i}
            type="button"
            // The number field already does this from the keyboard; these are for pointers.
            tabIndex={-1}
            aria-pressed={value === String(i)}
            onClick={() => {
              setValue(String(i))
              valueInput.current?.focus()
            }}
          >
            {i}
          </button>
        ))}
      </div>
      <p className="form-hint" id={`${idPrefix}-hint`}>
        Type a number and press Enter to save. Ctrl+Enter saves from any field.
      </p>
      <details className={styles['rating-details']} open={props.detailsOpen}>
        <summary>Time, body map, note and tags</summary>
        <div className="field">
          <label htmlFor={`${idPrefix}-when`}>When (leave empty for now)</label>
          <input
            id={`${idPrefix}-when`}
            type="datetime-local"
            // The latest allowed time is now, refreshed whenever the field is used.
            onFocus={(event) => (event.currentTarget.max = toLocalInput(Date.now()))}
            value={when}
            onChange={(event) => setWhen(event.target.value)}
          />
        </div>
        <BodyMapInputs draft={regions} onChange={setRegions} idPrefix={idPrefix} />
        <div className={cx('field', styles['note-field'])}>
          <label htmlFor={`${idPrefix}-note`}>Note</label>
          <textarea
            id={`${idPrefix}-note`}
            rows={3}
            maxLength={NOTE_MAX}
            value={note}
            aria-describedby={`${idPrefix}-note-count`}
            onChange={(event) => setNote(event.target.value)}
          />
          <span className="form-hint" id={`${idPrefix}-note-count`}>
            {note.length} of {NOTE_MAX} characters
          </span>
        </div>
        <TagPicker selected={tags} onChange={setTags} />
      </details>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles['form-actions']}>
        {/* Not disabled while saving (a second press is ignored): disabling it would drop the
            keyboard focus to the page. */}
        <button type="submit" className="primary" aria-disabled={busy || undefined}>
          {rating ? 'Save changes' : 'Save self-rating'}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  )
}
