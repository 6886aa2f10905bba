import { useEffect, useRef, useState } from 'react'
import type { Rating } from '../../../electron/shared/contract/log'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
import { useLogFormat } from './use-log-format'
import { RatingForm } from './RatingForm'
import styles from './log.module.css'

interface QuickLogPanelProps {
  idPrefix: string
  onClose: () => void
  closeLabel: string
}

/** The compact quick log: the rating form, then a confirmation with Undo and Close. */
export function QuickLogPanel({ idPrefix, onClose, closeLabel }: QuickLogPanelProps) {
  const [saved, setSaved] = useState<Rating | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const t = useT()
  const show = useLogFormat()

  useEffect(() => {
    if (saved) closeButton.current?.focus()
  }, [saved])

  async function undo() {
    if (!saved) return
    const result = await api().log.deleteRating({ id: saved.id })
    setStatus(result.ok ? t.t('log.quick.removed') : result.error.message)
    setSaved(null)
  }

  const text = saved
    ? t.t('log.quick.saved', { value: show.outOfTen(saved.value), when: show.when(saved.takenAt) })
    : (status ?? '')
  return (
    <>
      {/* One live region for the panel's whole life, first in the panel, so the confirmation
          is announced and seen at the top however far the form was scrolled. */}
      <p className={styles['quick-log-status']} role="status" aria-live="polite">
        {text}
      </p>
      {saved ? (
        <div className={styles['form-actions']}>
          <button type="button" onClick={() => void undo()}>
            {t.t('common.undo')}
          </button>
          <button type="button" onClick={() => setSaved(null)}>
            {t.t('log.quick.logAnother')}
          </button>
          <button ref={closeButton} type="button" className="primary" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
      ) : (
        <RatingForm
          idPrefix={idPrefix}
          autoFocus
          onSaved={(rating) => {
            setStatus(null)
            setSaved(rating)
          }}
        />
      )}
    </>
  )
}
