import { useState } from 'react'
import type { SyntheticEvent } from 'react'
import {
  NOTE_MAX,
  TENSION_MAX,
  TENSION_MIN,
  type Rating,
} from '../../../electron/shared/contract/log'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
import { BodyMap, type RegionValues } from './BodyMap'
import { fromLocalInput, toLocalInput } from './format'
import { TagPicker } from './TagPicker'
import { TensionScale } from './TensionScale'
import { WhenField } from './WhenField'
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

/**
 * The self-rating: choose 0–10 on the scale (a number key does it) and press Enter. Everything
 * else is optional and folded away. Used on the Log screen, in the quick-log dialog and in the
 * tray's small window.
 */
export function RatingForm(props: RatingFormProps) {
  const { rating, idPrefix } = props
  const [value, setValue] = useState<number | null>(rating ? rating.value : null)
  const originalWhen = rating ? toLocalInput(rating.takenAt) : ''
  const [when, setWhen] = useState(originalWhen)
  const [regions, setRegions] = useState<RegionValues>(() => ({ ...(rating?.regions ?? {}) }))
  const [note, setNote] = useState(rating?.note ?? '')
  const [tags, setTags] = useState<string[]>(rating?.tags ?? [])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // A new key after each save starts the time over at "Now".
  const [saves, setSaves] = useState(0)
  const valueId = `${idPrefix}-value`
  const t = useT()

  function fail(message: string, focus?: HTMLElement | null) {
    setError(message)
    focus?.focus()
  }

  async function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (busy) return
    if (value === null) {
      fail(
        t.t('log.form.chooseValue', { min: TENSION_MIN, max: TENSION_MAX }),
        document.getElementById(valueId),
      )
      return
    }
    // An untouched time is not sent: main stamps "now" itself, so clocks cannot disagree.
    let takenAt: number | undefined
    if (when !== originalWhen) {
      takenAt = fromLocalInput(when)
      if (Number.isNaN(takenAt)) return fail(t.t('log.form.pickTime'))
      if (takenAt > Date.now()) return fail(t.t('log.form.futureTime'))
    }
    setBusy(true)
    const result = rating
      ? await api().log.updateRating({
          id: rating.id,
          value,
          takenAt: takenAt ?? rating.takenAt,
          regions,
          note,
          tags,
        })
      : await api().log.addRating({
          value,
          ...(takenAt === undefined ? {} : { takenAt }),
          regions,
          note,
          tags,
        })
    setBusy(false)
    if (!result.ok) return fail(result.error.message)
    setError(null)
    if (!rating) {
      setValue(null)
      setWhen('')
      setRegions({})
      setNote('')
      setTags([])
      setSaves((n) => n + 1)
    }
    props.onSaved(result.value, rating ?? null)
  }

  return (
    <form
      className={styles['rating-form']}
      noValidate
      aria-label={rating ? t.t('log.form.editLabel') : t.t('log.form.newLabel')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault()
          event.currentTarget.requestSubmit()
        }
        if (event.key === 'Escape' && props.onCancel) props.onCancel()
      }}
    >
      {/* One heading, the question; the quiet tag says what kind of number it is. */}
      <div className={styles['question-row']}>
        <label className={styles['rating-question']} htmlFor={valueId} id={`${valueId}-label`}>
          {t.t('log.form.question')}
        </label>
        <span className={styles['self-rating-tag']}>{t.t('log.form.selfRatingTag')}</span>
      </div>
      <TensionScale
        id={valueId}
        value={value}
        onChange={setValue}
        describedBy={`${idPrefix}-hint`}
        autoFocus={props.autoFocus}
      />
      <p className="form-hint" id={`${idPrefix}-hint`}>
        {t.t('log.form.hint')}
      </p>
      <details className={styles['rating-details']} open={props.detailsOpen}>
        <summary>{t.t('log.form.details')}</summary>
        <WhenField
          key={saves}
          idPrefix={idPrefix}
          value={when}
          onChange={setWhen}
          {...(rating ? { original: rating.takenAt } : {})}
        />
        <BodyMap values={regions} onChange={setRegions} idPrefix={idPrefix} />
        <div className={cx('field', styles['note-field'])}>
          <label htmlFor={`${idPrefix}-note`}>{t.t('log.form.note')}</label>
          <textarea
            id={`${idPrefix}-note`}
            rows={3}
            maxLength={NOTE_MAX}
            value={note}
            aria-describedby={`${idPrefix}-note-count`}
            onChange={(event) => setNote(event.target.value)}
          />
          <span className="form-hint" id={`${idPrefix}-note-count`}>
            {t.t('log.form.noteCount', { count: note.length, max: NOTE_MAX })}
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
          {rating ? t.t('log.form.saveChanges') : t.t('log.form.saveButton')}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            {t.t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}
