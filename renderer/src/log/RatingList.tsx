import { useEffect, useRef, useState } from 'react'
import type { Rating } from '../../../electron/shared/contract/log'
import { describeRegions, formatWhen, outOfTen } from './format'
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

function phaseText(rating: Rating): string {
  if (rating.phase === 'before') return 'before practice'
  if (rating.phase === 'after') return 'after practice'
  return ''
}

/** Every self-rating, newest first, each with Edit and Delete. */
export function RatingList(props: RatingListProps) {
  const [editing, setEditing] = useState<string | null>(null)
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
          Showing {props.ratings.length} of {props.total} self-ratings, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Self-rating</th>
            <th scope="col">Where</th>
            <th scope="col">Tags</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
                <td>{formatWhen(rating.takenAt)}</td>
                <td className="rating-cell">
                  {outOfTen(rating.value)}
                  {rating.phase ? <span className="muted"> {phaseText(rating)}</span> : null}
                </td>
                <td>{describeRegions(rating.regions)}</td>
                <td>{rating.tags.join(', ')}</td>
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
                    aria-label={`Edit self-rating ${outOfTen(rating.value)} from ${formatWhen(rating.takenAt)}`}
                    onClick={() => setEditing(rating.id)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete self-rating ${outOfTen(rating.value)} from ${formatWhen(rating.takenAt)}`}
                    data-delete=""
                    onClick={() => {
                      deleted.current = { id: rating.id, index }
                      props.onDelete(rating)
                    }}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {props.hasMore ? (
        <button type="button" onClick={props.onLoadMore}>
          Show older self-ratings
        </button>
      ) : null}
    </>
  )
}
