import { useRef, useState } from 'react'
import type { Checkin, Instrument } from '../../../electron/shared/contract/checkins'
import { api } from '../api'
import { useApiQuery } from '../data/use-api-query'
import { useT } from '../i18n/i18n-context'
import type { UndoAction } from '../log/use-undo'
import { CheckinResults } from './CheckinResults'
import { GlobalChangeForm } from './GlobalChangeForm'
import { INSTRUMENT_NAMES, SKIP_LABELS } from './labels'
import { PegForm } from './PegForm'
import styles from './checkins.module.css'

const REFRESH = { refreshOn: [{ kind: 'data', domain: 'checkins' }] } as const

interface CheckinsPanelProps {
  /**
   * The screen's one "Saved · Undo" toast (the Log's): a saved or skipped check-in is
   * confirmed there, pinned in view and announced, and Ctrl+Z takes it back like a rating.
   * Without it the panel says so in its own line.
   */
  offerUndo?: (action: UndoAction) => void
}

/**
 * Short questionnaires, offered when due and never pushed: no notification, no badge. A skip
 * waits until the next week (PEG) or month (overall change).
 */
export function CheckinsPanel({ offerUndo }: CheckinsPanelProps) {
  const due = useApiQuery('checkins:due', undefined, REFRESH)
  const list = useApiQuery('checkins:list', undefined, REFRESH)
  const [open, setOpen] = useState<Instrument | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  /** The check-in just saved or skipped, which Undo takes back. */
  const [last, setLast] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const { t } = useT()

  /** Confirms a change: in the toast when there is one, else in the panel's own line. */
  function confirm(text: string, id: string | null) {
    if (!offerUndo || !id) {
      setMessage(text)
      setLast(id)
      return
    }
    // The pressed button or the closed form is gone: the panel's heading keeps the place, and
    // the toast's Undo hands focus back here.
    heading.current?.focus({ preventScroll: true })
    setMessage(null)
    offerUndo({
      message: text,
      undo: async () => {
        const result = await api().checkins.delete({ id })
        return result.ok ? t('checkins.panel.takenBack') : result.error.message
      },
    })
  }

  async function skip(instrument: Instrument) {
    const result = await api().checkins.skip({ instrument })
    if (result.ok) confirm(t('checkins.panel.skipped'), result.value.id)
    else confirm(result.error.message, null)
  }

  async function undo(id: string) {
    const result = await api().checkins.delete({ id })
    setMessage(result.ok ? t('checkins.panel.takenBack') : result.error.message)
    setLast(null)
  }

  const close = (saved: Checkin | null) => {
    setOpen(null)
    if (saved) confirm(t('checkins.panel.saved'), saved.id)
  }

  const dueNow = due.data ?? []
  return (
    <section className={styles['panel']} aria-labelledby="checkins-title">
      <h2 id="checkins-title" ref={heading} tabIndex={-1}>
        {t('checkins.panel.heading')}
      </h2>
      <p className="form-hint">{t('checkins.panel.hint')}</p>
      {dueNow.length > 0 && open === null ? (
        <ul className={styles['due-list']} aria-label={t('checkins.panel.dueList')}>
          {dueNow.map((instrument) => (
            <li key={instrument} className={styles['due-item']}>
              <span>{t(INSTRUMENT_NAMES[instrument])}</span>
              <button type="button" onClick={() => setOpen(instrument)}>
                {t('checkins.panel.answerNow')}
              </button>
              <button type="button" onClick={() => void skip(instrument)}>
                {t(SKIP_LABELS[instrument])}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {dueNow.length === 0 && open === null && due.data ? (
        <p className="muted">{t('checkins.panel.noneDue')}</p>
      ) : null}
      {open === 'peg' ? <PegForm onDone={close} onCancel={() => close(null)} /> : null}
      {open === 'global-change' ? (
        <GlobalChangeForm onDone={close} onCancel={() => close(null)} />
      ) : null}
      {message ? (
        <div className={styles['actions']}>
          <p role="status">{message}</p>
          {last ? (
            <button type="button" onClick={() => void undo(last)}>
              {t('common.undo')}
            </button>
          ) : null}
        </div>
      ) : null}
      {list.error ? <p className="form-error">{list.error.message}</p> : null}
      {list.data ? <CheckinResults checkins={list.data} /> : null}
    </section>
  )
}
