import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { APP_ROOT, ensureDisplay, findElectron } from './electron-binary'

// Runtime checks of Electron's security checklist in the real app. They need the Electron
// binary, which this machine lacks; where it is missing they skip and print why. The same rules
// are also checked statically (tests/unit/security) and, where Chromium can show them, in
// tests/e2e/security.spec.ts.

const binary = findElectron()
if ('path' in binary) ensureDisplay()
if ('missing' in binary) console.log(`[tests/electron/security] skipped: ${binary.missing}`)

test.describe('the real Electron app, under attack from its own page', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '')

  let app: ElectronApplication
  let userData: string
  let page: Page

  test.beforeEach(async () => {
    if (!('path' in binary)) return
    userData = mkdtempSync(join(tmpdir(), 'loosen-electron-security-'))
    app = await electron.launch({
      executablePath: binary.path,
      args: [APP_ROOT, `--user-data-dir=${userData}`],
      env: Object.fromEntries(
        Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
      ),
    })
    page = await app.firstWindow()
    await expect(page.locator('h1.screen-title')).toBeVisible()
    await page.getByRole('button', { name: 'Skip for now' }).click()
  })

  test.afterEach(async () => {
    await app.close()
    rmSync(userData, { recursive: true, force: true })
  })

  test('the page has no Node: no require, process or Electron objects', async () => {
    // The window options themselves are checked with recording fakes in
    // tests/unit/security/window-and-session.test.ts; here is what the page can reach.
    const globals = await page.evaluate(() =>
      ['require', 'process', 'module', 'Buffer', 'global', 'ipcRenderer', 'electron'].filter(
        (name) => name in window,
      ),
    )
    expect(globals).toEqual([])
  })

  test('window.loosen is the only bridge, frozen, with one function per channel', async () => {
    const bridge = await page.evaluate(() => {
      const api = window.loosen as unknown as Record<string, Record<string, unknown>>
      return {
        frozen: Object.isFrozen(api) && Object.values(api).every((m) => Object.isFrozen(m)),
        allFunctions: Object.values(api).every((members) =>
          Object.values(members).every((member) => typeof member === 'function'),
        ),
        exposed: Object.keys(window).filter((key) => /loosen|ipc|electron/i.test(key)),
      }
    })
    expect(bridge).toEqual({ frozen: true, allFunctions: true, exposed: ['loosen'] })
    const answer = await page.evaluate(() => window.loosen.settings.get())
    expect(answer.ok).toBe(true)
  })

  test('navigation away, new windows and middle-click links are all refused', async () => {
    await page.evaluate(() => {
      const link = document.createElement('a')
      link.href = 'https://example.com/'
      link.target = '_blank'
      link.textContent = 'outside link'
      link.id = 'outside-link'
      document.body.append(link)
      window.open('https://example.com/', '_blank')
      window.open('app://loosen/index.html', '_blank')
    })
    await page.locator('#outside-link').click({ button: 'middle' })
    await page.locator('#outside-link').click()
    await page.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    await page.evaluate(() => {
      window.location.href = 'file:///etc/passwd'
    })
    await expect.poll(() => app.windows().length).toBe(1)
    await expect(page.locator('h1.screen-title')).toBeVisible()
    expect(page.url()).toMatch(/^app:\/\/loosen\//)
  })

  test('every permission the page asks for is denied', async () => {
    const answers = await page.evaluate(async () => {
      const media = await navigator.mediaDevices
        .getUserMedia({ audio: true })
        .then(() => 'granted')
        .catch((error: unknown) => (error instanceof Error ? error.name : 'refused'))
      const geolocation = await navigator.permissions
        .query({ name: 'geolocation' })
        .then((status) => status.state)
      const notifications = await Notification.requestPermission()
      const clipboard = await navigator.clipboard
        .readText()
        .then(() => 'granted')
        .catch(() => 'refused')
      return { media, geolocation, notifications, clipboard }
    })
    // A machine without a microphone may answer NotFoundError first; either way nothing is granted.
    expect(['NotAllowedError', 'NotFoundError']).toContain(answers.media)
    expect(answers).toEqual({
      media: answers.media,
      geolocation: 'denied',
      notifications: 'denied',
      clipboard: 'refused',
    })
  })

  test('the CSP blocks injected script, and app:// serves nothing outside the app', async () => {
    const result = await page.evaluate(async () => {
      const inline = document.createElement('script')
      inline.textContent = "document.body.dataset['pwned'] = 'yes'"
      document.body.append(inline)
      const outside = await fetch('app://loosen/%2e%2e%2f%2e%2e%2fpackage.json')
        .then((response) => response.status)
        .catch(() => 0)
      return { pwned: document.body.dataset['pwned'] ?? null, outside }
    })
    expect(result.pwned).toBeNull()
    expect([0, 404]).toContain(result.outside)
  })
})
