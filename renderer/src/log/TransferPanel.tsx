import { useEffect, useId, useRef, useState } from 'react'
import {
  describeProblem,
  RECORD_KINDS,
  RECORD_KIND_LABELS,
  type ImportPreview,
  type RecordCounts,
} from '../../../electron/shared/log/transfer-types'
import { SPREADSHEET_ZIP_MIME, type ExportFormat } from '../../../electron/shared/contract/log'
import { api } from '../api'
import { restoreFocus } from '../hooks/restore-focus'
import { downloadText } from './download'
import { ImportSummaryView } from './ImportSummaryView'
import { TransferProgress } from './TransferProgress'
import { cx } from '../styles/cx'
import styles from './log.module.css'

interface Picked {
  fileName: string
  text: string
  preview: ImportPreview
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}

/** "2 self-ratings, 1 practice session, 3 breaks": every kind the file holds, not only ratings. */
function describeCounts(counts: RecordCounts): string {
  return RECORD_KINDS.filter((kind) => kind === 'ratings' || counts[kind] > 0)
    .map((kind) => {
      const label = RECORD_KIND_LABELS[kind].toLowerCase()
      // The labels are plural; each one's first plural "s" goes for a single record.
      return `${counts[kind]} ${counts[kind] === 1 ? label.replace(/s\b/, '') : label}`
    })
    .join(', ')
}

/**
 * Export everything as JSON, CSV or a zip for a spreadsheet; import a file after checking it and
 * showing a summary.
 */
export function TransferPanel() {
  const [message, setMessage] = useState<string | null>(null)
  const [picked, setPicked] = useState<Picked | null>(null)
  const [applySettings, setApplySettings] = useState(true)
  /** What runs in main right now, for the progress bar; null when nothing does. */
  const [busy, setBusy] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const fileId = useId()
  // The controls are disabled while main works, and Import and Cancel go once done: focus
  // then returns to the control the user pressed, or to the file field, not to the page.
  const pressed = useRef<Element | null>(null)
  const remember = () => {
    pressed.current = document.activeElement
  }
  const returnFocus = () => {
    const before = pressed.current
    pressed.current = null
    restoreFocus(before?.isConnected ? before : fileInput.current)
  }
  useEffect(() => {
    if (busy === null && pressed.current) returnFocus()
  })

  async function exportAs(format: ExportFormat) {
    remember()
    setBusy('Exporting')
    const result = await api().log.export({ format })
    setBusy(null)
    if (!result.ok) return setMessage(result.error.message)
    const { fileName, mimeType, content, counts } = result.value
    // The zip's bytes come base64-encoded: the export channel carries text.
    const data = mimeType === SPREADSHEET_ZIP_MIME ? base64Bytes(content) : content
    downloadText(fileName, mimeType, data)
    setMessage(`Exported ${describeCounts(counts)} to ${fileName}.`)
  }

  async function pick(file: File | undefined) {
    setMessage(null)
    if (!file) return setPicked(null)
    const text = await file.text()
    remember()
    setBusy('Checking the file')
    const result = await api().log.previewImport({ fileName: file.name, text })
    setBusy(null)
    if (!result.ok) {
      if (fileInput.current) fileInput.current.value = ''
      return setMessage(result.error.message)
    }
    setPicked({ fileName: file.name, text, preview: result.value })
  }

  async function commit() {
    if (!picked) return
    remember()
    setBusy('Importing')
    const result = await api().log.commitImport({
      fileName: picked.fileName,
      text: picked.text,
      applySettings,
    })
    setBusy(null)
    if (!result.ok) return setMessage(result.error.message)
    const added = RECORD_KINDS.reduce((n, kind) => n + result.value.added[kind], 0)
    const skipped = RECORD_KINDS.reduce((n, kind) => n + result.value.skipped[kind], 0)
    setMessage(
      `Imported ${added} record${added === 1 ? '' : 's'}; ${skipped} already in Loosen were skipped.`,
    )
    setPicked(null)
    if (fileInput.current) fileInput.current.value = ''
  }

  const preview = picked?.preview
  return (
    <section className="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Export and import</h2>
      <p>
        Export everything (self-ratings, practice sessions, breaks, custom practices and settings)
        to keep a copy or share it with a therapist. Importing checks the whole file first and adds
        nothing unless all of it is valid.
      </p>
      <div className={styles['form-actions']}>
        <button type="button" disabled={busy !== null} onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void exportAs('spreadsheet')}>
          Export for a spreadsheet (.zip)
        </button>
      </div>
      <div className={cx('field', styles['import-field'])}>
        <label htmlFor={fileId}>Import a JSON or CSV file</label>
        <input
          ref={fileInput}
          id={fileId}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          disabled={busy !== null}
          onChange={(event) => void pick(event.target.files?.[0])}
        />
      </div>
      {busy !== null ? <TransferProgress label={busy} /> : null}
      {preview && !preview.valid ? (
        <div className={styles['import-problems']} role="alert">
          <p>
            <strong>Nothing was imported from {picked.fileName}.</strong> Fix these and try again:
          </p>
          <ul>
            {preview.problems.map((problem, i) => (
              <li key={i}>{describeProblem(problem)}</li>
            ))}
          </ul>
          {preview.truncated ? <p>…and more problems after these.</p> : null}
        </div>
      ) : null}
      {preview?.valid ? (
        <div className="import-preview">
          <ImportSummaryView summary={preview.summary} />
          {preview.summary.ignoredSettings.length > 0 ? (
            <p>
              Settings this version does not know will be ignored:{' '}
              {preview.summary.ignoredSettings.join(', ')}.
            </p>
          ) : null}
          {preview.summary.settings > 0 ? (
            <label className={styles['checkbox']}>
              <input
                type="checkbox"
                checked={applySettings}
                onChange={(event) => setApplySettings(event.target.checked)}
              />
              Also use the {preview.summary.settings} settings from the file
            </label>
          ) : null}
          <div className={styles['form-actions']}>
            <button
              type="button"
              className="primary"
              disabled={busy !== null}
              onClick={() => void commit()}
            >
              Import
            </button>
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => {
                remember()
                setPicked(null)
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <p className="form-status" role="status">
        {message ?? ''}
      </p>
    </section>
  )
}
