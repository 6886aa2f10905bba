import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { mimeTypeFor, resolveAppFile } from '../../../electron/main/security/app-url'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp'

export const HARNESS_ORIGIN = 'http://loosen.test'
export const RENDERER_ROOT = resolve(__dirname, '../../../out/renderer')

/**
 * Serves the built renderer to the page the way app:// does in Electron: same file mapping,
 * same CSP header. Requests never reach a network; anything else is aborted.
 */
export async function serveRenderer(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = route.request().url()
    if (!url.startsWith(`${HARNESS_ORIGIN}/`)) {
      await route.abort('blockedbyclient')
      return
    }
    const file = resolveAppFile(url.replace(HARNESS_ORIGIN, 'app://loosen'), RENDERER_ROOT)
    if (!file) {
      await route.fulfill({ status: 404, body: 'Not found' })
      return
    }
    try {
      await route.fulfill({
        status: 200,
        body: await readFile(file),
        headers: {
          'Content-Type': mimeTypeFor(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        },
      })
    } catch {
      await route.fulfill({ status: 404, body: 'Not found' })
    }
  })
}
