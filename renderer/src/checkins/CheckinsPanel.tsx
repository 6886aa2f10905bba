import { useState } from 'react'
import type { Checkin, Instrument } from '../../../electron/shared/contract/checkins'
import { api } from '../api'
import { useApiQuery } from '../data/use-api-query'
import { CheckinResults } from './CheckinResults'
import { GlobalChangeForm } from './GlobalChangeForm'
import { INSTRUMENT_NAMES, SKIP_LABELS } from './labels'
import { PegForm } from './PegForm'
import styles from './checkins.module.css'

const REFRESH = { refreshOn: [{ kind: 'data', domain: 'checkins' }] } as const

/**
 * Short questionnaires, offered when due and never pushed: no notification, no badge. A skip
 * waits until the next week (PEG) or month (overall change).
 */
export function CheckinsPanel() {
  const due = useApiQuery('checkins:due', undefined, REFRESH)
  const list = useApiQuery('checkins:list', undefined, REFRESH)
  const [open, setOpen] = useState<Instrument | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  /** The check-in just saved or skipped, which Undo takes back. */
  const [last, setLast] = useState<string | null>(null)

  async function skip(instrument: Instrument) {
    const result = await api().checkins.skip({ instrument })
    setMessage(result.ok ? 'Skipped. It will be offered again next time.' : result.error.message)
    setLast(result.ok ? result.value.id : null)
  }

  async function undo(id: string) {
    const result = await api().checkins.delete({ id })
    setMessage(result.ok ? 'Taken back.' : result.error.message)
    setLast(null)
  }

  const close = (saved: Checkin | null) => {
    setOpen(null)
    if (!saved) return
    setMessage('Check-in saved.')
    setLast(saved.id)
  }

  const dueNow = due.data ?? []
  return (
    <section className={styles['panel']} aria-labelledby="checkins-title">
      <h2 id="checkins-title">Check-ins</h2>
      <p className="form-hint">
        Short questionnaires from pain research, to see change over weeks. Optional: skip any of
        them.
      </p>
      {dueNow.length > 0 && open === null ? (
        <ul className={styles['due-list']} aria-label="Check-ins due">
          {dueNow.map((instrument) => (
            <li key={instrument} className={styles['due-item']}>
              <span>{INSTRUMENT_NAMES[instrument]}</span>
              <button type="button" onClick={() => setOpen(instrument)}>
                Answer now
              </button>
              <button type="button" onClick={() => void skip(instrument)}>
                {SKIP_LABELS[instrument]}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {dueNow.length === 0 && open === null && due.data ? (
        <p className="muted">No check-in due right now.</p>
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
              Undo
            </button>
          ) : null}
        </div>
      ) : null}
      {list.error ? <p className="form-error">{list.error.message}</p> : null}
      {list.data ? <CheckinResults checkins={list.data} /> : null}
    </section>
  )
}
