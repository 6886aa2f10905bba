import { useEffect, useRef, useState } from 'react'
import type { Rating } from '../../../electron/shared/contract/log'
import { useT } from '../i18n/i18n-context'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { useLogFormat } from './use-log-format'
import { RatingForm } from './RatingForm'
import { cx } from '../styles/cx'
import styles from './log.module.css'

interface RatingListProps {
  ratings: Rating[]
  total: number
  hasMore: boolean
  onLoadMore: () => void
  onEdited: (saved: Rating, previous: Rating) => void
  onDelete: (rating: Rating) => void
}

function phaseText(t: Translator, rating: Rating): string {
  if (rating.phase === 'before') return t.t('log.list.beforePractice')
  if (rating.phase === 'after') return t.t('log.list.afterPractice')
  return ''
}

/** Every self-rating, newest first, each with Edit and Delete. */
export function RatingList(props: RatingListProps) {
  const [editing, setEditing] = useState<string | null>(null)
  const t = useT()
  const show = useLogFormat()
  // After an edit closes, its row's Edit button takes the focus back, so the keyboard user
  // carries on where they were instead of at the top of the page.
  const refocus = useRef<string | null>(null)
  function closeEditor(id: string) {
    refocus.current = id
    setEditing(null)
  }
  // After a delete, the row that takes the deleted one's place (or the new last row) gets
  // the focus, on its Delete button, so the keyboard user stays in the list.
  const deleted = useRef<{ id: string; index: number } | null>(null)
  const table = useRef<HTMLTableElement>(null)
  const { ratings } = props
  useEffect(() => {
    const gone = deleted.current
    if (!gone || ratings.some((rating) => rating.id === gone.id)) return
    deleted.current = null
    const buttons = table.current?.querySelectorAll<HTMLButtonElement>('button[data-delete]')
    const next = buttons?.[Math.min(gone.index, buttons.length - 1)]
    next?.focus()
  }, [ratings])
  return (
    <>
      <table ref={table} className={cx(styles['rating-table'], 'rating-table')}>
        <caption>
          {t.t('log.list.caption', { shown: props.ratings.length, total: props.total })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.t('log.list.when')}</th>
            <th scope="col">{t.t('log.list.value')}</th>
            <th scope="col">{t.t('log.list.where')}</th>
            <th scope="col">{t.t('log.list.tags')}</th>
            <th scope="col">{t.t('log.list.note')}</th>
            <th scope="col">
              <span className="visually-hidden">{t.t('log.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.ratings.map((rating, index) =>
            editing === rating.id ? (
              <tr key={rating.id}>
                <td colSpan={6}>
                  <RatingForm
                    rating={rating}
                    idPrefix={`edit-${rating.id}`}
                    autoFocus
                    detailsOpen
                    onCancel={() => closeEditor(rating.id)}
                    onSaved={(saved, previous) => {
                      closeEditor(rating.id)
                      if (previous) props.onEdited(saved, previous)
                    }}
                  />
                </td>
              </tr>
            ) : (
              <tr key={rating.id}>
                <td>{show.when(rating.takenAt)}</td>
                <td className="rating-cell">
                  {show.outOfTen(rating.value)}
                  {rating.phase ? <span className="muted"> {phaseText(t, rating)}</span> : null}
                </td>
                <td>{show.regions(rating.regions)}</td>
                <td>{show.tags(rating.tags)}</td>
                <td className={styles['note-cell']}>{rating.note}</td>
                <td className={styles['row-actions']}>
                  <button
                    type="button"
                    ref={(button) => {
                      if (button && refocus.current === rating.id) {
                        refocus.current = null
                        button.focus()
                      }
                    }}
                    aria-label={t.t('log.list.editLabel', {
                      value: show.outOfTen(rating.value),
                      when: show.when(rating.takenAt),
                    })}
                    onClick={() => setEditing(rating.id)}
                  >
                    {t.t('log.list.edit')}
                  </button>
                  <button
                    type="button"
                    aria-label={t.t('log.list.deleteLabel', {
                      value: show.outOfTen(rating.value),
                      when: show.when(rating.takenAt),
                    })}
                    data-delete=""
                    onClick={() => {
                      deleted.current = { id: rating.id, index }
                      props.onDelete(rating)
                    }}
                  >
                    {t.t('log.list.delete')}
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {props.hasMore ? (
        <button type="button" onClick={props.onLoadMore}>
          {t.t('log.list.showOlder')}
        </button>
      ) : null}
    </>
  )
}
