import { useEffect, useRef, useState } from 'react'
import type { Rating } from '../../../electron/shared/contract/log'
import { api } from '../api'
import { formatWhen, outOfTen } from './format'
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

  useEffect(() => {
    if (saved) closeButton.current?.focus()
  }, [saved])

  async function undo() {
    if (!saved) return
    const result = await api().log.deleteRating({ id: saved.id })
    setStatus(result.ok ? 'Removed. Nothing was kept.' : result.error.message)
    setSaved(null)
  }

  if (saved) {
    return (
      <div className="quick-log-done">
        <p role="status">
          Saved: self-rating {outOfTen(saved.value)} at {formatWhen(saved.takenAt)}.
        </p>
        <div className={styles['form-actions']}>
          <button type="button" onClick={() => void undo()}>
            Undo
          </button>
          <button type="button" onClick={() => setSaved(null)}>
            Log another
          </button>
          <button ref={closeButton} type="button" className="primary" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
      </div>
    )
  }
  return (
    <>
      <RatingForm idPrefix={idPrefix} autoFocus onSaved={(rating) => setSaved(rating)} />
      <p className="form-status" role="status">
        {status ?? ''}
      </p>
    </>
  )
}
