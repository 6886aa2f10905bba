import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildStandIn, REPO } from './launch'
import type { StandInConfig, StandInEvent } from './messages'
import { chromiumArgs, systemChromium } from '../support/chromium'
import { expect, test } from './scenario'

test('a data folder that cannot be created stops Loosen with a dialog naming it', async ({
  launch,
}) => {
  const parent = mkdtempSync(join(tmpdir(), 'loosen-blocked-'))
  // A file where the folder should be: even root cannot create a folder inside it.
  writeFileSync(join(parent, 'config'), 'not a folder')
  try {
    const app = launch({ platform: 'linux', userData: join(parent, 'config', 'Loosen') })
    const exit = await app.waitForExit()
    expect(exit.timedOut).toBe(false)
    expect(exit.quitDone?.appEvents).not.toContain('window-all-closed')
    const shown = app.events.filter((e) => e.type === 'window-shown')
    expect(shown).toEqual([])
    expect(app.violations()).toEqual([])
    const [dialog] = exit.quitDone?.dialogs ?? []
    expect(dialog?.title).toBe('Loosen cannot open its data')
    expect(dialog?.message).toContain(join(parent, 'config'))
  } finally {
    rmSync(parent, { recursive: true, force: true })
  }
})

test('`npm start` builds Loosen and opens its window through the Electron it was given', () => {
  test.setTimeout(180_000)
  // A copy of the project, so the build npm start runs does not replace out/ under other tests.
  const project = mkdtempSync(join(tmpdir(), 'loosen-npm-start-'))
  try {
    for (const entry of [
      'package.json',
      'electron.vite.config.ts',
      'electron',
      'renderer',
      'assets',
      'locales',
      'scripts',
    ]) {
      cpSync(join(REPO, entry), join(project, entry), { recursive: true })
    }
    for (const entry of [
      'tsconfig.json',
      'tsconfig.base.json',
      'tsconfig.node.json',
      'tsconfig.web.json',
      'tsconfig.test.json',
    ]) {
      cpSync(join(REPO, entry), join(project, entry))
    }
    symlinkSync(join(REPO, 'node_modules'), join(project, 'node_modules'))
    const eventsFile = join(project, 'standin-events.jsonl')
    const config: StandInConfig = {
      platform: 'linux',
      appPath: project,
      userData: join(project, 'user-data'),
      argv: [],
      openedAtLogin: false,
      macSigned: false,
      isPackaged: false,
      startTime: Date.now(),
      chromium: { executablePath: systemChromium(), args: chromiumArgs(), headless: true },
      eventsFile,
      quitWhenShown: true,
    }
    // What electron-vite starts in place of Electron: the stand-in on the same Node.
    const executable = join(project, 'standin-electron')
    writeFileSync(
      executable,
      `#!/bin/sh\nexec "${process.execPath}" --expose-gc "${buildStandIn()}"\n`,
      {
        mode: 0o755,
      },
    )
    const run = spawnSync('npm', ['start'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 170_000,
      env: {
        ...process.env,
        ELECTRON_EXEC_PATH: executable,
        LOOSEN_STANDIN_CONFIG: JSON.stringify(config),
        XDG_CONFIG_HOME: join(project, 'xdg'),
      },
    })
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0)
    const events = readFileSync(eventsFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as StandInEvent)
    expect(events.find((e) => e.type === 'window-shown')).toMatchObject({
      url: expect.stringMatching(/^app:\/\/loosen\/index\.html/),
    })
    expect(events.filter((e) => e.type === 'violation')).toEqual([])
    expect(events.some((e) => e.type === 'quit-done')).toBe(true)
  } finally {
    rmSync(project, { recursive: true, force: true })
  }
})
