import { useEffect, useId, useRef, useState } from 'react'
import {
  describeProblem,
  RECORD_KINDS,
  type ImportPreview,
  type RecordCounts,
} from '../../../electron/shared/log/transfer-types'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { SPREADSHEET_ZIP_MIME, type ExportFormat } from '../../../electron/shared/contract/log'
import { api } from '../api'
import { restoreFocus } from '../hooks/restore-focus'
import { useT, useRich } from '../i18n/i18n-context'
import { downloadText } from './download'
import { ImportSummaryView } from './ImportSummaryView'
import { RECORD_KIND_MESSAGE_IDS } from './record-kinds'
import { TransferProgress } from './TransferProgress'
import { cx } from '../styles/cx'
import styles from './log.module.css'

/** The picked file as main gets it: where it is on disk, or its text when it has no path. */
type FileContent = { path: string } | { text: string }

interface Picked {
  fileName: string
  content: FileContent
  preview: ImportPreview
}

/**
 * A file with a place on disk is sent as its path: main's import worker reads it, so a big
 * file's text is never held by the page, sent over IPC or copied through main. Otherwise
 * (a file made in a page or dragged from a browser, the test harness) the page reads it.
 */
async function contentOf(file: File): Promise<FileContent> {
  let path = ''
  try {
    path = api().files.pathFor(file)
  } catch {
    // Not a file Electron knows: its text, as before.
  }
  return path ? { path } : { text: await file.text() }
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}

/** "2 self-ratings, 1 practice session, 3 breaks": every kind the file holds, not only ratings. */
export function describeCounts(t: Translator, counts: RecordCounts): string {
  const parts = RECORD_KINDS.filter((kind) => kind === 'ratings' || counts[kind] > 0).map((kind) =>
    t.t(RECORD_KIND_MESSAGE_IDS[kind].count, { count: counts[kind] }),
  )
  return new Intl.ListFormat(t.locale.format, { style: 'short', type: 'unit' }).format(parts)
}

/**
 * Export everything as JSON, CSV or a zip for a spreadsheet; import a file after checking it and
 * showing a summary.
 */
export function TransferPanel() {
  const [message, setMessage] = useState<string | null>(null)
  const t = useT()
  const rich = useRich()
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
    setBusy(t.t('log.transfer.busy.exporting'))
    const result = await api().log.export({ format })
    setBusy(null)
    if (!result.ok) return setMessage(result.error.message)
    const { fileName, mimeType, content, counts } = result.value
    // The zip's bytes come base64-encoded: the export channel carries text.
    const data = mimeType === SPREADSHEET_ZIP_MIME ? base64Bytes(content) : content
    downloadText(fileName, mimeType, data)
    setMessage(t.t('log.transfer.exported', { counts: describeCounts(t, counts), fileName }))
  }

  async function pick(file: File | undefined) {
    setMessage(null)
    if (!file) return setPicked(null)
    const content = await contentOf(file)
    remember()
    setBusy(t.t('log.transfer.busy.checking'))
    const result = await api().log.previewImport({ fileName: file.name, ...content })
    setBusy(null)
    if (!result.ok) {
      if (fileInput.current) fileInput.current.value = ''
      return setMessage(result.error.message)
    }
    setPicked({ fileName: file.name, content, preview: result.value })
  }

  async function commit() {
    if (!picked) return
    remember()
    setBusy(t.t('log.transfer.busy.importing'))
    const result = await api().log.commitImport({
      fileName: picked.fileName,
      ...picked.content,
      applySettings,
    })
    setBusy(null)
    if (!result.ok) return setMessage(result.error.message)
    const added = RECORD_KINDS.reduce((n, kind) => n + result.value.added[kind], 0)
    const skipped = RECORD_KINDS.reduce((n, kind) => n + result.value.skipped[kind], 0)
    setMessage(t.t('log.transfer.imported', { added, skipped }))
    setPicked(null)
    if (fileInput.current) fileInput.current.value = ''
  }

  const preview = picked?.preview
  return (
    <section className="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t.t('log.transfer.heading')}</h2>
      <p>{t.t('log.transfer.intro')}</p>
      <div className={styles['form-actions']}>
        <button type="button" disabled={busy !== null} onClick={() => void exportAs('json')}>
          {t.t('log.transfer.exportJson')}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void exportAs('csv')}>
          {t.t('log.transfer.exportCsv')}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void exportAs('spreadsheet')}>
          {t.t('log.transfer.exportSpreadsheet')}
        </button>
      </div>
      <div className={cx('field', styles['import-field'])}>
        <label htmlFor={fileId}>{t.t('log.transfer.importLabel')}</label>
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
            {rich('log.transfer.problems', {
              strong: (chunks) => <strong>{chunks}</strong>,
              fileName: picked.fileName,
            })}
          </p>
          <ul>
            {preview.problems.map((problem, i) => (
              <li key={i}>{describeProblem(problem, t)}</li>
            ))}
          </ul>
          {preview.truncated ? <p>{t.t('log.transfer.moreProblems')}</p> : null}
        </div>
      ) : null}
      {preview?.valid ? (
        <div className="import-preview">
          <ImportSummaryView summary={preview.summary} />
          {preview.summary.ignoredSettings.length > 0 ? (
            <p>
              {t.t('log.transfer.ignoredSettings', {
                names: new Intl.ListFormat(t.locale.format, {
                  style: 'short',
                  type: 'unit',
                }).format(preview.summary.ignoredSettings),
              })}
            </p>
          ) : null}
          {preview.summary.settings > 0 ? (
            <label className={styles['checkbox']}>
              <input
                type="checkbox"
                checked={applySettings}
                onChange={(event) => setApplySettings(event.target.checked)}
              />
              {t.t('log.transfer.applySettings', { count: preview.summary.settings })}
            </label>
          ) : null}
          <div className={styles['form-actions']}>
            <button
              type="button"
              className="primary"
              disabled={busy !== null}
              onClick={() => void commit()}
            >
              {t.t('log.transfer.import')}
            </button>
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => {
                remember()
                setPicked(null)
              }}
            >
              {t.t('common.cancel')}
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
