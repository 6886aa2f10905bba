import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApi } from '../../../electron/preload/create-api'
import { channelNames } from '../../../electron/shared/contract'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp'

// Static checks for Electron's security checklist (electronjs.org/docs/latest/tutorial/security):
// they read the main-process and preload sources, so a change that breaks an item fails here
// even where Electron cannot run. docs/security-checklist.md maps every item to its checks.

const ROOT = resolve(__dirname, '../../..')

function sourcesUnder(folder: string): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = []
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(ts|tsx|js|mjs|cjs)$/.test(name)) {
        found.push({ file: relative(ROOT, full), text: readFileSync(full, 'utf8') })
      }
    }
  }
  walk(join(ROOT, folder))
  return found
}

/** The code without comments, so a remark about a flag is not mistaken for the flag. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

/** The balanced `{ … }` block that starts at the first `{` at or after `from`. */
function blockAt(text: string, from: number): string {
  const start = text.indexOf('{', from)
  let depth = 0
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++
    if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1)
  }
  throw new Error('unbalanced braces')
}

const main = sourcesUnder('electron/main').map(({ file, text }) => ({ file, text: code(text) }))
const preload = sourcesUnder('electron/preload').map(({ file, text }) => ({
  file,
  text: code(text),
}))
const mainAndPreload = [...main, ...preload]
const indexSource = main.find((source) => source.file === 'electron/main/index.ts')?.text ?? ''

function filesMatching(pattern: RegExp, sources = mainAndPreload): string[] {
  return sources.filter(({ text }) => pattern.test(text)).map(({ file }) => file)
}

describe('Electron security checklist (static)', () => {
  it('1, 18. loads only its own app:// content: no remote URL, no file://, no loadFile', () => {
    expect(filesMatching(/\bloadFile\s*\(/)).toEqual([])
    expect(filesMatching(/['"`]file:\/\//)).toEqual([])
    expect(
      filesMatching(/registerFileProtocol|interceptFileProtocol|registerHttpProtocol/),
    ).toEqual([])
    expect(filesMatching(/\.loadURL\(\s*['"`]https?:/)).toEqual([])
    // The dev server URL is only read when the app is not packaged.
    expect(indexSource).toMatch(/!app\.isPackaged\s*\?\s*process\.env\['ELECTRON_RENDERER_URL'\]/)
    expect(indexSource).toMatch(/protocol|serveRendererOverAppProtocol\(/)
  })

  it('2-4, 6, 8-10. every window is isolated, sandboxed, without Node and without relaxed flags', () => {
    const windows = main.flatMap(({ file, text }) =>
      [...text.matchAll(/new BrowserWindow\(/g)].map((match) => ({
        file,
        options: blockAt(text, match.index),
        text,
      })),
    )
    expect(windows.length).toBeGreaterThan(0)
    for (const { file, options, text } of windows) {
      // Written out in each window, not spread from a helper: Electronegativity reads literals.
      for (const flag of [
        /contextIsolation:\s*true/,
        /sandbox:\s*true/,
        /nodeIntegration:\s*false/,
        /webSecurity:\s*true/,
        /webviewTag:\s*false/,
        /disableBlinkFeatures:\s*'Auxclick'/,
      ]) {
        expect(options, `${file} ${String(flag)}`).toMatch(flag)
      }
      expect(options, file).not.toMatch(/nodeIntegration\w*:\s*true/)
      expect(options, file).not.toMatch(/allowRunningInsecureContent:\s*true/)
      expect(options, file).not.toMatch(/experimentalFeatures:\s*true/)
      expect(options, file).not.toMatch(/enableBlinkFeatures/)
      expect(text, `${file} locks navigation`).toMatch(/lockNavigation\(\s*\w+\.webContents/)
    }
    expect(
      filesMatching(/webSecurity:\s*false|contextIsolation:\s*false|sandbox:\s*false/),
    ).toEqual([])
    expect(filesMatching(/enableRemoteModule|@electron\/remote/)).toEqual([])
  })

  it('5. answers every permission request from the session with a refusal', () => {
    expect(indexSource).toMatch(/denyAllPermissions\(session\.defaultSession\)/)
  })

  it('7. has a strict CSP, sent with every app:// response and every other response', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/)
        return [name, values] as const
      }),
    )
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, name).toMatch(/^('self'|'none'|data:)$/)
      }
    }
    expect(directives.get('img-src')).toEqual(["'self'", 'data:'])
    expect(indexSource).toMatch(/enforceCspHeader\(/)
    // The relaxed development policy is only chosen when there is a dev server.
    expect(indexSource).toMatch(
      /devServerUrl\s*\?\s*developmentContentSecurityPolicy\(devServerUrl\)\s*:\s*CONTENT_SECURITY_POLICY/,
    )
    const builtPage = readFileSync(join(ROOT, 'electron.vite.config.ts'), 'utf8')
    expect(builtPage).toMatch(/'http-equiv': 'Content-Security-Policy'/)
  })

  it('11, 12. allows no webview at all', () => {
    expect(filesMatching(/allowpopups/)).toEqual([])
    const renderer = sourcesUnder('renderer/src')
    expect(renderer.filter(({ text }) => /<webview/i.test(text)).map((s) => s.file)).toEqual([])
  })

  it('13, 14. blocks navigation away and new windows for every web contents', () => {
    const created = indexSource.indexOf("app.on('web-contents-created'")
    expect(created).toBeGreaterThan(-1)
    expect(blockAt(indexSource, created)).toMatch(
      /setWindowOpenHandler\(\(\)\s*=>\s*\(\{\s*action:\s*'deny'\s*\}\)\)/,
    )
  })

  it('15. never hands a URL it did not write itself to shell.openExternal', () => {
    for (const { file, text } of mainAndPreload) {
      for (const match of text.matchAll(/openExternal\(([^)]*)\)/g)) {
        expect(match[1]?.trim(), `${file}: openExternal with a fixed https:// address`).toMatch(
          /^['"`]https:\/\/[^'"`$]+['"`]$/,
        )
      }
    }
  })

  it('16. runs a current, pinned Electron', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    const version = manifest.devDependencies['electron'] ?? ''
    expect(version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45)
  })

  it('17. checks the sender of every IPC message before anything is dispatched', () => {
    const handled = filesMatching(/ipcMain\.(handle|handleOnce|on|once)\(/, main)
    expect(handled).toEqual(['electron/main/index.ts'])
    const start = indexSource.indexOf('function registerIpc(')
    expect(start).toBeGreaterThan(-1)
    const body = blockAt(indexSource, start)
    expect(body.match(/ipcMain\.\w+\(/g)).toEqual(['ipcMain.handle('])
    expect(indexSource.match(/ipcMain\.\w+\(/g)).toEqual(['ipcMain.handle('])
    // The check itself (sender, senderFrame, origin) is tests/unit/security/ipc-sender.test.ts.
    const check = body.search(/isTrustedIpcSender\(event, ownContents\(\), devServerUrl\)/)
    expect(check).toBeGreaterThan(-1)
    expect(body.indexOf('.dispatch(')).toBeGreaterThan(check)
    // Only the fixed channel list is ever registered.
    expect(body).toMatch(/for \(const name of channelNames\)/)
  })

  it('20. exposes one narrow bridge: no Electron or Node object reaches the page', () => {
    const bridge = preload.find((source) => source.file === 'electron/preload/index.ts')?.text ?? ''
    expect(bridge.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(bridge).toMatch(/exposeInMainWorld\('loosen', api\)/)
    // The IPC event (which carries ipcRenderer and the sender) is dropped before the listener.
    expect(bridge).toMatch(/\(_event: unknown, message: LoosenEvent\) => listener\(message\)/)
    expect(filesMatching(/webFrame|executeJavaScript|insertCSS/, preload)).toEqual([])

    const sent: [string, unknown][] = []
    const api = createApi(
      (channel, payload) => {
        sent.push([channel, payload])
        return Promise.resolve({ ok: true, value: null })
      },
      () => () => undefined,
    ) as unknown as Record<string, Record<string, unknown>>
    expect(Object.isFrozen(api)).toBe(true)
    for (const members of Object.values(api)) expect(Object.isFrozen(members)).toBe(true)
    const methods = Object.entries(api).flatMap(([domain, members]) =>
      Object.entries(members).map(([name, member]) => {
        expect(typeof member, `${domain}.${name}`).toBe('function')
        return `${domain}:${name}`
      }),
    )
    // Besides the channels and events: where a picked file is (webUtils.getPathForFile), and only that.
    expect(methods.sort()).toEqual([...channelNames, 'events:subscribe', 'files:pathFor'].sort())
    const log = api['log'] as Record<string, (payload?: unknown) => unknown>
    void log['addRating']?.({ value: 3 })
    expect(sent).toEqual([['log:addRating', { value: 3 }]])
  })
})
