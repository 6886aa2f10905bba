import { useEffect, useRef } from 'react'
import type { Rating } from '../../../electron/shared/contract/log'
import { api } from '../api'
import { CheckinsPanel } from '../checkins/CheckinsPanel'
import { RatingForm } from '../log/RatingForm'
import { restoreFocus } from '../hooks/restore-focus'
import { useRich, useT } from '../i18n/i18n-context'
import { useLogFormat } from '../log/use-log-format'
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
  const t = useT()
  const rich = useRich()
  const show = useLogFormat()
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
      message: t.t('log.undo.added', {
        value: show.outOfTen(saved.value),
        when: show.when(saved.takenAt),
      }),
      undo: async () => {
        const result = await api().log.deleteRating({ id: saved.id })
        return result.ok ? t.t('log.undo.addedUndone') : result.error.message
      },
    })
  }

  function edited(_saved: Rating, previous: Rating) {
    undo.offer({
      message: t.t('log.undo.edited'),
      undo: async () => {
        const { id, value, takenAt, regions, note, tags } = previous
        const result = await api().log.updateRating({ id, value, takenAt, regions, note, tags })
        return result.ok ? t.t('log.undo.editedUndone') : result.error.message
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
      message: t.t('log.undo.deleted', {
        value: show.outOfTen(snapshot.value),
        when: show.when(snapshot.takenAt),
      }),
      undo: async () => {
        const restored = await api().log.restoreRating(snapshot)
        return restored.ok ? t.t('log.undo.deletedUndone') : restored.error.message
      },
    })
  }

  return (
    <div className={styles['log-screen']}>
      <section className="quick-log" aria-labelledby="log-now-title">
        <h2 id="log-now-title">{t.t('log.screen.nowHeading')}</h2>
        <RatingForm idPrefix="log" onSaved={added} />
        <p className="form-hint">
          {rich('log.screen.shortcutHint', { kbd: (chunks) => <kbd>{chunks}</kbd> })}
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
          {t.t('log.screen.historyHeading')}
        </h2>
        {list.error ? <p className="form-error">{list.error}</p> : null}
        {list.ratings?.length === 0 ? (
          <p className="empty-note">{t.t('log.screen.empty')}</p>
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
