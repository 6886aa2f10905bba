import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import type { Page } from 'playwright-core'
import { ipcMain } from './ipc-main'
import { toAppUrl } from './page-urls'
import { electronEvent, report, violation } from './runtime'

// A window's web contents: sending to a destroyed one throws (as in Electron), events are
// structured-cloned into the page, and navigations the page starts itself ask `will-navigate`.

type OpenHandler = Parameters<Electron.WebContents['setWindowOpenHandler']>[0]
let nextId = 1

export class StandInWebContents extends EventEmitter {
  readonly id = nextId++
  page: Page | null = null
  private destroyed = false
  private openHandler: OpenHandler | null = null
  /** Set while loadURL navigates: Electron does not ask will-navigate for the app's own loads. */
  expectingNavigation = false

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed)
      throw violation(
        `webContents.send('${channel}') on a destroyed window: Object has been destroyed`,
      )
    const copy = structuredClone(args)
    const page = this.page
    if (!page) return
    page
      .evaluate(
        ([name, values]) => {
          const deliver = (
            globalThis as unknown as { __standinDeliver?: (c: string, a: unknown[]) => void }
          ).__standinDeliver
          deliver?.(name, values)
        },
        [channel, copy] as const,
      )
      .catch(() => undefined)
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler
  }

  getURL(): string {
    return this.page ? toAppUrl(this.page.url()) : ''
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  isLoading(): boolean {
    return false
  }

  focus(): void {}

  /** Runs in the page (Playwright evaluates it over CDP, as Electron does, past the CSP). */
  async executeJavaScript(code: string): Promise<unknown> {
    if (this.destroyed) throw violation('webContents.executeJavaScript on a destroyed window')
    if (!this.page) throw violation('webContents.executeJavaScript before the page loaded')
    return this.page.evaluate(code)
  }

  /** Chromium's own print to PDF, as Electron's printToPDF (headless Chromium: page.pdf()). */
  async printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    if (this.destroyed) throw violation('webContents.printToPDF on a destroyed window')
    if (!this.page) throw violation('webContents.printToPDF before the page loaded')
    const pageSize = typeof options.pageSize === 'string' ? options.pageSize : 'Letter'
    return this.page.pdf({
      format: pageSize,
      landscape: options.landscape ?? false,
      printBackground: options.printBackground ?? false,
      preferCSSPageSize: options.preferCSSPageSize ?? false,
      tagged: options.generateTaggedPDF ?? false,
    })
  }

  openDevTools(): void {
    report({ type: 'violation', message: 'webContents.openDevTools() in the app' })
  }

  destroy(): void {
    this.destroyed = true
    this.emit('destroyed')
  }

  /** Asked by the page host when the page navigates by itself. */
  willNavigate(url: string): boolean {
    if (this.expectingNavigation) {
      this.expectingNavigation = false
      return true
    }
    const event = electronEvent({ url, isMainFrame: true })
    this.emit('will-navigate', event, url)
    return !event.defaultPrevented
  }

  windowOpen(url: string): 'allow' | 'deny' {
    if (!this.openHandler) return 'allow'
    const verdict = this.openHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.getURL(), policy: 'no-referrer' },
      postBody: undefined,
    } as unknown as Electron.HandlerDetails)
    return verdict.action
  }

  /** ipcRenderer.invoke from this page, with senderFrame as Electron gives it. */
  async invoke(channel: string, args: unknown[], frameUrl: string | null): Promise<unknown> {
    const senderFrame =
      frameUrl === null ? null : ({ url: toAppUrl(frameUrl) } as unknown as Electron.WebFrameMain)
    const event = {
      sender: this,
      senderFrame,
      processId: 1,
      frameId: 1,
    } as unknown as Electron.IpcMainInvokeEvent
    try {
      return { ok: true, value: await ipcMain.invoke(event, channel, args) }
    } catch (error) {
      return { ok: false, error: String(error) }
    }
  }
}
