import { useEffect, useRef } from 'react'
import type { Rating } from '../../../electron/shared/contract/log'
import { api } from '../api'
import { CheckinsPanel } from '../checkins/CheckinsPanel'
import { formatWhen, outOfTen } from '../log/format'
import { RatingForm } from '../log/RatingForm'
import { restoreFocus } from '../hooks/restore-focus'
import { FactorsPanel } from '../report/FactorsPanel'
import { ReportPanel } from '../report/ReportPanel'
import { RatingList } from '../log/RatingList'
import { TransferPanel } from '../log/TransferPanel'
import { UndoBar } from '../log/UndoBar'
import { useRatingList } from '../log/use-rating-list'
import { useUndo } from '../log/use-undo'
import styles from '../log/log.module.css'

export function LogScreen() {
  const list = useRatingList()
  const undo = useUndo()
  const history = useRef<HTMLHeadingElement>(null)
  const deleting = useRef(false)
  // The last row deleted: the list is gone, so its heading holds the focus.
  const empty = list.ratings?.length === 0
  useEffect(() => {
    if (empty && deleting.current) restoreFocus(history.current)
    deleting.current = false
  }, [empty])

  function added(saved: Rating) {
    undo.offer({
      message: `Saved self-rating ${outOfTen(saved.value)} at ${formatWhen(saved.takenAt)}.`,
      undo: async () => {
        const result = await api().log.deleteRating({ id: saved.id })
        return result.ok ? 'The new self-rating was taken back.' : result.error.message
      },
    })
  }

  function edited(_saved: Rating, previous: Rating) {
    undo.offer({
      message: 'Changes saved.',
      undo: async () => {
        const { id, value, takenAt, regions, note, tags } = previous
        const result = await api().log.updateRating({ id, value, takenAt, regions, note, tags })
        return result.ok ? 'The self-rating is back as it was.' : result.error.message
      },
    })
  }

  async function remove(rating: Rating) {
    deleting.current = true
    const result = await api().log.deleteRating({ id: rating.id })
    if (!result.ok) {
      undo.offer({ message: result.error.message, undo: () => Promise.resolve(null) })
      return
    }
    const snapshot = result.value
    undo.offer({
      message: `Deleted self-rating ${outOfTen(snapshot.value)} from ${formatWhen(snapshot.takenAt)}.`,
      undo: async () => {
        const restored = await api().log.restoreRating(snapshot)
        return restored.ok ? 'The self-rating is back.' : restored.error.message
      },
    })
  }

  return (
    <div className={styles['log-screen']}>
      <section className="quick-log" aria-labelledby="log-now-title">
        <h2 id="log-now-title">How do your hips feel right now?</h2>
        <RatingForm idPrefix="log" onSaved={added} />
        <p className="form-hint">
          From any screen, press <kbd>Alt</kbd> + <kbd>L</kbd> to log without coming here. These
          numbers are your own self-ratings, not a clinical measure.
        </p>
      </section>
      <UndoBar
        action={undo.action}
        status={undo.status}
        onUndo={() => void undo.undo()}
        onDismiss={undo.dismiss}
      />
      <section aria-labelledby="history-title">
        <h2 id="history-title" ref={history} tabIndex={-1}>
          Your self-ratings
        </h2>
        {list.error ? <p className="form-error">{list.error}</p> : null}
        {list.ratings?.length === 0 ? (
          <p className="empty-note">
            Nothing logged yet. Type a number from 0 to 10 above and press Enter; after a few days
            Insights will show how your tension moves.
          </p>
        ) : null}
        {list.ratings && list.ratings.length > 0 ? (
          <RatingList
            ratings={list.ratings}
            total={list.total}
            hasMore={list.hasMore}
            onLoadMore={list.loadMore}
            onEdited={edited}
            onDelete={(rating) => void remove(rating)}
          />
        ) : null}
      </section>
      <CheckinsPanel offerUndo={undo.offer} />
      <FactorsPanel />
      <ReportPanel />
      <TransferPanel />
    </div>
  )
}
