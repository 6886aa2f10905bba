import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../../support/temp-folder'

const ROOT = resolve(__dirname, '../../..')
const SCRIPT = join(ROOT, 'scripts/security/electronegativity.mjs')

function scan(folder: string) {
  return spawnSync(process.execPath, [SCRIPT, folder], { cwd: ROOT, encoding: 'utf8' })
}

// `npm test` runs the scan over the real sources; this proves the gate closes when it should.
describe('the Electronegativity gate', () => {
  const tempFolder = useTempFolder('loosen-eneg-')

  it('fails on a window without context isolation and with web security off', () => {
    const folder = tempFolder()
    mkdirSync(join(folder, 'main'))
    writeFileSync(
      join(folder, 'main', 'window.js'),
      `const { BrowserWindow } = require('electron')
       module.exports = () => new BrowserWindow({
         webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false },
       })`,
    )
    const result = scan(folder)
    expect(result.status, result.stderr).toBe(1)
    expect(result.stdout).toMatch(/FAIL\s+HIGH CONTEXT_ISOLATION_JS_CHECK/)
    expect(result.stdout).toMatch(/FAIL\s+\w+ WEB_SECURITY_JS_CHECK/)
    expect(result.stdout).toMatch(/finding\(s\) above LOW/)
  }, 30_000)
})
