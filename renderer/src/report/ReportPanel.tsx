import { useState } from 'react'
import type { SyntheticEvent } from 'react'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
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
  const { t } = useT()

  async function save(event: SyntheticEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setMessage(t('report.panel.preparing'))
    const result = await api().report.savePdf({ ...periodEndingNow(days), name: name.trim() })
    setBusy(false)
    if (!result.ok) return setMessage(result.error.message)
    setMessage(
      result.value.path
        ? t('report.panel.saved', { path: result.value.path })
        : t('report.panel.notSaved'),
    )
  }

  return (
    <section className={styles['panel']} aria-labelledby="report-title">
      <h2 id="report-title">{t('report.panel.heading')}</h2>
      <p className="form-hint">{t('report.panel.hint')}</p>
      <form className={styles['form']} onSubmit={(event) => void save(event)}>
        <label>
          {t('report.panel.period')}{' '}
          <select value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {PERIODS.map((n) => (
              <option key={n} value={n}>
                {t('report.panel.lastDays', { days: n })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('report.panel.name')}{' '}
          <input
            type="text"
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <div className={styles['actions']}>
          <button type="submit" disabled={busy}>
            {t('report.panel.save')}
          </button>
        </div>
      </form>
      {message ? <p role="status">{message}</p> : null}
    </section>
  )
}
