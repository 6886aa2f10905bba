import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const ALLOWED = /^electron\/main\/(index\.ts$|shell\/)/

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path)
    return /\.ts$/.test(name) ? [path] : []
  })
}

/** Whether a file loads Electron at run time; `import type` is erased by the build. */
function importsElectronValue(text: string): boolean {
  return (
    /^\s*import\s+(?!type\b)[^'"]*from\s+['"]electron['"]/m.test(text) ||
    /require\(\s*['"]electron['"]\s*\)/.test(text)
  )
}

describe('where Electron may be used in main', () => {
  const files = [...sources('electron/main'), ...sources('electron/shared')].map((file) =>
    relative(ROOT, join(ROOT, file)),
  )

  it('only index.ts and electron/main/shell/ load electron', () => {
    const loading = files.filter((file) =>
      importsElectronValue(readFileSync(join(ROOT, file), 'utf8')),
    )
    expect(loading.length).toBeGreaterThan(0)
    expect(loading.filter((file) => !ALLOWED.test(file))).toEqual([])
  })

  it('is enforced by ESLint everywhere else in electron/main and electron/shared', async () => {
    const eslint = new ESLint({ cwd: ROOT })
    const restricted = async (file: string) => {
      const config = (await eslint.calculateConfigForFile(file)) as {
        rules?: Record<string, unknown>
      }
      return JSON.stringify(config.rules?.['no-restricted-imports'] ?? null)
    }
    for (const file of [
      'electron/main/services.ts',
      'electron/main/security/harden-session.ts',
      'electron/main/reminders/reminder-service.ts',
      'electron/shared/contract/index.ts',
    ]) {
      const rule = await restricted(file)
      expect(rule, file).toMatch(/"name":"electron"/)
      expect(rule, file).toMatch(/"allowTypeImports":true/)
    }
    for (const file of ['electron/main/index.ts', 'electron/main/shell/tray.ts']) {
      expect(await restricted(file), file).not.toMatch(/"name":"electron"/)
    }
  })
})
