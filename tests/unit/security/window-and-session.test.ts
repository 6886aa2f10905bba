import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Session } from 'electron'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_START_URL, isTrustedSenderUrl } from '../../../electron/main/security/app-url'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp'
import {
  denyAllPermissions,
  enforceCspHeader,
} from '../../../electron/main/security/harden-session'
import { FakeBrowserWindow, FakeWebContents, fakeProtocol } from './electron-fakes'

// Electron itself cannot run here, so its main-process API is replaced by recording fakes: the
// tests check what Loosen asks Electron to do (window options, handlers, protocol responses).
vi.mock('electron', async () => (await import('./electron-fakes')).fakeElectron)

const { createMainWindow } = await import('../../../electron/main/shell/main-window')
const { registerAppScheme, serveRendererOverAppProtocol } =
  await import('../../../electron/main/shell/app-protocol')

const isAppUrl = (url: string) => isTrustedSenderUrl(url)

describe('the main window', () => {
  beforeEach(() => {
    FakeBrowserWindow.created = []
  })

  function open(): FakeBrowserWindow {
    createMainWindow({
      startUrl: APP_START_URL,
      preloadFile: '/app/out/preload/index.js',
      isAppUrl,
      iconFile: '/app/icon.png',
      show: 'focus',
      onSessionEnd: () => undefined,
    })
    const window = FakeBrowserWindow.created[0]
    if (!window) throw new Error('no window was created')
    return window
  }

  it('isolates and sandboxes the page, with no Node and no relaxed web security', () => {
    const preferences = open().options['webPreferences'] as Record<string, unknown>
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.js',
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
    })
    expect(preferences['experimentalFeatures']).not.toBe(true)
    expect(preferences).not.toHaveProperty('enableBlinkFeatures')
    expect(preferences).not.toHaveProperty('enableRemoteModule')
  })

  it('loads only the app:// start page', () => {
    expect(open().loadedUrl).toBe('app://loosen/index.html')
  })

  it('refuses navigation and redirects away from Loosen, webviews and new windows', () => {
    const contents = open().webContents
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'app://elsewhere/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      expect(contents.fire('will-navigate', url), url).toBe(true)
      expect(contents.fire('will-redirect', url), url).toBe(true)
    }
    expect(contents.fire('will-navigate', 'app://loosen/index.html#/log')).toBe(false)
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    })
    expect(contents.windowOpenHandler?.({ url: 'app://loosen/index.html' })).toEqual({
      action: 'deny',
    })
  })
})

describe('the session', () => {
  function fakeSession() {
    const recorded: {
      request?: (contents: unknown, permission: string, callback: (ok: boolean) => void) => void
      check?: (...args: unknown[]) => boolean
      device?: (...args: unknown[]) => boolean
      headers?: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (answer: { responseHeaders: Record<string, string[]> }) => void,
      ) => void
    } = {}
    const session = {
      setPermissionRequestHandler: (handler: typeof recorded.request) =>
        (recorded.request = handler),
      setPermissionCheckHandler: (handler: typeof recorded.check) => (recorded.check = handler),
      setDevicePermissionHandler: (handler: typeof recorded.device) => (recorded.device = handler),
      webRequest: {
        onHeadersReceived: (handler: typeof recorded.headers) => (recorded.headers = handler),
      },
    }
    return { session: session as unknown as Session, recorded }
  }

  it('denies every permission request and check', () => {
    const { session, recorded } = fakeSession()
    denyAllPermissions(session)
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'pointerLock',
      'midi',
      'hid',
      'serial',
      'usb',
      'display-capture',
    ]) {
      let answer: boolean | undefined
      recorded.request?.(new FakeWebContents(), permission, (ok) => (answer = ok))
      expect(answer, permission).toBe(false)
      expect(recorded.check?.(null, permission, 'app://loosen', {}), permission).toBe(false)
    }
    expect(recorded.device?.({ deviceType: 'usb', origin: 'app://loosen' })).toBe(false)
  })

  it('puts the CSP on every response, replacing none of the other headers', () => {
    const { session, recorded } = fakeSession()
    enforceCspHeader(session, CONTENT_SECURITY_POLICY)
    let answer: { responseHeaders: Record<string, string[]> } | undefined
    recorded.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (a) => (answer = a))
    expect(answer?.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })
})

describe('the app:// protocol handler', () => {
  const root = mkdtempSync(join(tmpdir(), 'loosen-protocol-'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Loosen</title>')
  writeFileSync(join(tmpdir(), 'loosen-outside-secret.txt'), 'secret')
  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
    rmSync(join(tmpdir(), 'loosen-outside-secret.txt'), { force: true })
  })

  it('is a standard, secure scheme that does not bypass the CSP', () => {
    registerAppScheme()
    expect(fakeProtocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: expect.not.objectContaining({ bypassCSP: true }) as unknown,
      },
    ])
    const [registered] = fakeProtocol.privileged as { privileges: Record<string, unknown> }[]
    expect(registered?.privileges).toMatchObject({ standard: true, secure: true })
    expect(registered?.privileges['allowServiceWorkers']).not.toBe(true)
  })

  it('serves the renderer with the CSP and nosniff, and nothing outside its folder', async () => {
    serveRendererOverAppProtocol(root)
    const handle = fakeProtocol.handlers.get('app')
    if (!handle) throw new Error('app:// was not handled')
    const page = await handle({ url: 'app://loosen/index.html' })
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Loosen</title>')
    for (const url of [
      'app://loosen/..%2floosen-outside-secret.txt',
      'app://loosen/%2e%2e%2floosen-outside-secret.txt',
      'app://other/index.html',
      'app://loosen/missing.js',
    ]) {
      const response = await handle({ url })
      expect(response.status, url).toBe(404)
      expect(await response.text()).not.toContain('secret')
    }
  })
})
