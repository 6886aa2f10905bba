import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contract } from '../../../electron/shared/contract'
import { CHANNEL_NAMES } from '../../../electron/shared/contract/channel-names'
import { useTempFolder } from '../../support/temp-folder'

const ROOT = resolve(__dirname, '../../..')
const tempFolder = useTempFolder('loosen-preload-')

describe('the preload', () => {
  it('gets its channel names from a plain list equal to the zod contract’s channels', () => {
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length)
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort())
  })

  it('is built without zod, small, needing nothing but electron', () => {
    // Built into a temporary folder with the project's own config, so out/ is left alone.
    const outDir = tempFolder()
    const build = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'),
        'build',
        '--outDir',
        outDir,
        '--logLevel',
        'error',
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELECTRON_RENDERER_URL: '' } },
    )
    expect(build.status, build.stderr).toBe(0)
    const bundle = readFileSync(join(outDir, 'preload/index.js'), 'utf8')
    // zod's own class names; the word alone may appear in a kept comment.
    expect(bundle).not.toMatch(/\$ZodType|ZodError|\$constructor|require\(["']zod["']\)/)
    expect(Buffer.byteLength(bundle)).toBeLessThan(20_000)
    const required = [...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(bundle).toContain('"reminders:testNotification"')
  }, 180_000)
})
