import { useState } from 'react'
import type { SyntheticEvent } from 'react'
import { api } from '../api'
import styles from '../checkins/checkins.module.css'

const DAY_MS = 86_400_000
const PERIODS = [30, 90, 180] as const

/** The start of the local day `days` days before today, and now. */
export function periodEndingNow(days: number, now = new Date()): { from: number; to: number } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days + 1)
  return { from: start.getTime(), to: Math.max(now.getTime(), start.getTime() + DAY_MS) }
}

/**
 * Saves a PDF for a clinician (a one-page summary, then detail pages). Loosen asks where to save it; nothing is sent
 * anywhere.
 */
export function ReportPanel() {
  const [days, setDays] = useState<number>(90)
  const [name, setName] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function save(event: SyntheticEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setMessage('Preparing the PDF…')
    const result = await api().report.savePdf({ ...periodEndingNow(days), name: name.trim() })
    setBusy(false)
    if (!result.ok) return setMessage(result.error.message)
    setMessage(result.value.path ? `Saved to ${result.value.path}.` : 'Not saved.')
  }

  return (
    <section className={styles['panel']} aria-labelledby="report-title">
      <h2 id="report-title">Report for a clinician</h2>
      <p className="form-hint">
        A PDF to show a physio or doctor: one page of summary, then the detail of your self-ratings,
        check-ins, practice, breaks and any practice stopped for pain. You choose where it is saved;
        Loosen sends nothing.
      </p>
      <form className={styles['form']} onSubmit={(event) => void save(event)}>
        <label>
          Period{' '}
          <select value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {PERIODS.map((n) => (
              <option key={n} value={n}>
                Last {n} days
              </option>
            ))}
          </select>
        </label>
        <label>
          Name on the report (your name, a pseudonym, or leave empty){' '}
          <input
            type="text"
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <div className={styles['actions']}>
          <button type="submit" disabled={busy}>
            Save report as PDF…
          </button>
        </div>
      </form>
      {message ? <p role="status">{message}</p> : null}
    </section>
  )
}
