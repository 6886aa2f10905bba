import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core'
import { toAppUrl, isStandInPageUrl } from './page-urls'
import { answerAppRequest } from './protocol'
import { config, report, runtime } from './runtime'

// Real Chromium behind every BrowserWindow: one browser (Electron's default session), one page
// per window. Requests for app:// pages are answered by the app's own protocol handler; any
// other request is refused and recorded, because Loosen must never reach a network.

export interface PageOwner {
  /** A navigation the page starts itself (a link, location.href): may the app veto it? */
  willNavigate(url: string): boolean
  /** A window.open from this page: what the app's window-open handler says. */
  windowOpen(url: string): 'allow' | 'deny'
  /** An ipcRenderer.invoke from this page's preload. */
  invoke(channel: string, args: unknown[], frameUrl: string | null): Promise<unknown>
}

let context: Promise<BrowserContext> | null = null
let profileDir: string | null = null
const owners = new Map<Page, PageOwner>()
/** Pages the stand-in is opening for a BrowserWindow (so they are not taken for pop-ups). */
let opening = 0

async function route(request: Route): Promise<void> {
  const url = request.request().url()
  const frame = request.request().frame()
  const page = frame.page()
  const owner = owners.get(page)
  if (request.request().isNavigationRequest() && frame === page.mainFrame() && owner) {
    // A vetoed navigation is aborted before it commits, so the page stays where it was.
    if (!owner.willNavigate(toAppUrl(url))) {
      await request.abort('aborted')
      return
    }
  }
  if (!isStandInPageUrl(url)) {
    runtime.blockedRequests.push(url)
    await request.abort('blockedbyclient')
    return
  }
  const response = await answerAppRequest(
    toAppUrl(url),
    request.request().method(),
    request.request().headers(),
  )
  await request.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: Buffer.from(await response.arrayBuffer()),
  })
}

async function launch(): Promise<BrowserContext> {
  // Inside the app's data folder, so a killed app leaves no profile behind in /tmp.
  profileDir = mkdtempSync(join(config.userData, 'standin-chromium-'))
  const browser = await chromium.launchPersistentContext(profileDir, {
    // Without a system Chromium, Playwright's own (installed by scripts/ensure-browser.mjs).
    ...(config.chromium.executablePath ? { executablePath: config.chromium.executablePath } : {}),
    headless: config.chromium.headless,
    args: [...config.chromium.args, '--remote-debugging-port=0'],
    viewport: null,
  })
  await browser.route('**/*', route)
  await browser.exposeBinding(
    '__standinIpc',
    async (source, message: { channel: string; args: unknown[] }) => {
      const owner = owners.get(source.page)
      if (!owner) throw new Error('This page was not opened by a BrowserWindow')
      return owner.invoke(message.channel, message.args, source.frame.url())
    },
  )
  browser.on('page', (page) => {
    if (opening > 0) return
    void page.opener().then((opener) => {
      const owner = opener ? owners.get(opener) : undefined
      const verdict = owner ? owner.windowOpen(toAppUrl(page.url())) : 'allow'
      if (verdict === 'deny') void page.close()
      else runtime.appEvents.push(`window-open-allowed:${page.url()}`)
    })
  })
  const port = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0] ?? ''
  report({ type: 'chromium', endpoint: `http://127.0.0.1:${port}` })
  return browser
}

export async function openPage(owner: PageOwner, width: number, height: number): Promise<Page> {
  context ??= launch()
  const browser = await context
  opening += 1
  try {
    // The persistent context starts with one blank page; the first window takes it.
    const blank = browser.pages().find((page) => !owners.has(page) && page.url() === 'about:blank')
    const page = blank ?? (await browser.newPage())
    owners.set(page, owner)
    answerFileChoosers(page)
    await page.setViewportSize({ width, height })
    return page
  } finally {
    opening -= 1
  }
}

/**
 * The OS file chooser an `<input type=file>` opens: answered with the test's files, as a person
 * picking them. Their paths go into the page first, where the stand-in's webUtils keeps them for
 * the files the change brings (preload-script.ts). Without files to give, no chooser is taken.
 */
function answerFileChoosers(page: Page): void {
  const paths = config.openDialogPaths
  if (!paths) return
  page.on('filechooser', (chooser) => {
    void page
      .evaluate((chosen) => {
        const hand = (globalThis as unknown as { __standinChosenPaths?: (p: string[]) => void })
          .__standinChosenPaths
        hand?.(chosen)
      }, paths)
      .then(() => chooser.setFiles(paths))
      .catch((error: unknown) => runtime.appEvents.push(`file-chooser-failed:${String(error)}`))
  })
}

export function forgetPage(page: Page): void {
  owners.delete(page)
}

export async function closeChromium(): Promise<void> {
  const running = context
  context = null
  if (running) await (await running).close()
  if (profileDir) rmSync(profileDir, { recursive: true, force: true })
  profileDir = null
}
