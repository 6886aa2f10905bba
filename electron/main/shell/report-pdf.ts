import { writeFile } from 'node:fs/promises'
import { BrowserWindow, dialog, type WebContents } from 'electron'
import type { SavePdfInput, SavePdfResult } from '../../shared/contract/report'
import { reportHash } from '../../shared/report/report-hash'
import type { Translator } from '../../shared/i18n/translator'
import { englishTranslator } from '../../shared/text/english-translator'
import { phrase } from '../../shared/text/phrase'
import { ApiFailure } from '../core/api-failure'
import { lockNavigation } from '../security/harden-session'

/** Waits in the page (its own timers) until the report has its data, at most 30 s. */
const WAIT_FOR_REPORT = `new Promise((resolve) => {
  const started = Date.now()
  const check = () => {
    if (document.documentElement.dataset.reportReady === 'true') resolve(true)
    else if (Date.now() - started > 30000) resolve(false)
    else setTimeout(check, 50)
  }
  check()
})`

function fileNameFor(to: number, translator: Translator): string {
  // ISO date in the name: it sorts, and has no '/' a file name cannot hold.
  const day = new Date(to).toISOString().slice(0, 10)
  return translator.t('main.report.fileName', { day })
}

/**
 * The clinician report as a PDF: ask where to save it, load the print-only #/report route in a
 * hidden window with the app's hardening, print it with Chromium (vector text and charts), write
 * the file, close the window. Nothing leaves the machine.
 */
export function createReportPrinter(options: {
  startUrl: string
  preloadFile: string
  isAppUrl: (url: string) => boolean
  /** Main's words now, for the save dialog, the file name and a failure. */
  words?: () => Translator
}) {
  const words = options.words ?? englishTranslator
  const open = new Set<BrowserWindow>()

  async function render(request: SavePdfInput): Promise<Buffer> {
    const window = new BrowserWindow({
      show: false,
      width: 900,
      height: 1200,
      title: words().t('main.window.report'),
      // The same hardening as the main window (see main-window.ts).
      webPreferences: {
        preload: options.preloadFile,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
        // No dictionary downloads: Loosen makes no network request.
        spellcheck: false,
      },
    })
    open.add(window)
    try {
      lockNavigation(window.webContents, options.isAppUrl)
      await window.loadURL(`${options.startUrl}${reportHash(request)}`)
      const ready = (await window.webContents.executeJavaScript(WAIT_FOR_REPORT)) as boolean
      if (!ready) throw new Error('The report page did not finish loading.')
      return await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: false,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
      })
    } finally {
      open.delete(window)
      if (!window.isDestroyed()) window.destroy()
    }
  }

  return {
    save: async (request: SavePdfInput): Promise<SavePdfResult> => {
      const { t } = words()
      const choice = await dialog.showSaveDialog({
        title: t('main.report.saveTitle'),
        defaultPath: fileNameFor(request.to, words()),
        filters: [{ name: t('main.report.fileFilter'), extensions: ['pdf'] }],
      })
      if (choice.canceled || !choice.filePath) return { path: null }
      const pdf = await render(request)
      try {
        await writeFile(choice.filePath, pdf)
      } catch {
        throw new ApiFailure(
          'storage_failed',
          phrase('main.report.writeFailed', { path: choice.filePath }),
        )
      }
      return { path: choice.filePath }
    },
    /** The hidden report windows: IPC answers them too while they print. */
    contents: (): WebContents[] => {
      return [...open].flatMap((window) => (window.isDestroyed() ? [] : [window.webContents]))
    },
  }
}
