import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  applyLaunchAtLogin,
  autostartEntry,
  launchCommand,
  startedAtLogin,
  type CurrentLoginItem,
  type LoginItemHost,
} from '../../../electron/main/shell/login-item'
import { useTempFolder } from '../../support/temp-folder'

const newFolder = useTempFolder('loosen-login-item-')

/** A fake of app.get/setLoginItemSettings that remembers what was set, as the OS would. */
function osLoginItem(platform: string, initial: CurrentLoginItem = { openAtLogin: false }) {
  let current = { ...initial }
  const sets: unknown[] = []
  const asked: unknown[] = []
  const host: LoginItemHost = {
    platform,
    command: ['/opt/Loosen/loosen'],
    configHome: newFolder(),
    getLoginItemSettings: (options) => {
      asked.push(options)
      return { ...current }
    },
    setLoginItemSettings: (settings) => {
      sets.push(settings)
      current = { ...current, openAtLogin: settings.openAtLogin }
    },
  }
  return {
    host,
    sets,
    asked,
    approvalPending: () => (current = { openAtLogin: false, status: 'requires-approval' }),
  }
}

describe('launch at login on macOS', () => {
  it('sets the login item without Windows-only arguments, and only when it changes', () => {
    const os = osLoginItem('darwin')
    expect(applyLaunchAtLogin(false, os.host)).toBe('ok')
    expect(os.sets).toEqual([])
    expect(applyLaunchAtLogin(true, os.host)).toBe('ok')
    expect(applyLaunchAtLogin(true, os.host)).toBe('ok')
    expect(os.sets).toEqual([{ openAtLogin: true }])
    applyLaunchAtLogin(false, os.host)
    expect(os.sets).toEqual([{ openAtLogin: true }, { openAtLogin: false }])
  })

  it('reports requires-approval and does not register again while macOS waits', () => {
    const os = osLoginItem('darwin')
    os.approvalPending()
    expect(applyLaunchAtLogin(true, os.host)).toBe('requires-approval')
    expect(os.sets).toEqual([])
  })

  it('starts hidden when macOS says it opened Loosen at login, whatever the arguments', () => {
    expect(
      startedAtLogin({ platform: 'darwin', argv: ['/Loosen'], wasOpenedAtLogin: () => true }),
    ).toBe(true)
    expect(
      startedAtLogin({ platform: 'darwin', argv: ['/Loosen'], wasOpenedAtLogin: () => false }),
    ).toBe(false)
  })
})

describe('launch at login on Windows', () => {
  it('asks about and writes the entry with --hidden, only when it changes', () => {
    const os = osLoginItem('win32')
    applyLaunchAtLogin(false, os.host)
    applyLaunchAtLogin(true, os.host)
    applyLaunchAtLogin(true, os.host)
    expect(os.sets).toEqual([{ openAtLogin: true, args: ['--hidden'] }])
    expect(os.asked).toContainEqual({ args: ['--hidden'] })
  })

  it('starts hidden from the --hidden argument', () => {
    const never = () => {
      throw new Error('Windows has no wasOpenedAtLogin')
    }
    expect(
      startedAtLogin({
        platform: 'win32',
        argv: ['loosen.exe', '--hidden'],
        wasOpenedAtLogin: never,
      }),
    ).toBe(true)
    expect(startedAtLogin({ platform: 'linux', argv: ['loosen'], wasOpenedAtLogin: never })).toBe(
      false,
    )
  })
})

/** Reads an Exec value back the way a desktop reads it: string escapes, quoting, then %%. */
function parseExec(value: string): string[] {
  const unescaped = value.replace(/\\([sntr\\])/g, (_m, c: string) =>
    c === 's' ? ' ' : c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : '\\',
  )
  const args: string[] = []
  let i = 0
  while (i < unescaped.length) {
    if (unescaped[i] === ' ') {
      i++
      continue
    }
    let arg = ''
    if (unescaped[i] === '"') {
      i++
      while (unescaped[i] !== '"') {
        if (i >= unescaped.length) throw new Error(`unterminated quote in ${value}`)
        if (unescaped[i] === '\\') i++
        arg += unescaped.charAt(i)
        i++
      }
      i++
    } else {
      while (i < unescaped.length && unescaped[i] !== ' ') {
        if (/["'\\<>~|&;$*?#()`]/.test(unescaped[i]!))
          throw new Error(`unquoted reserved in ${value}`)
        arg += unescaped.charAt(i)
        i++
      }
    }
    if (/%[^%]/.test(arg.replace(/%%/g, ''))) throw new Error(`stray field code in ${value}`)
    args.push(arg.replace(/%%/g, '%'))
  }
  return args
}

const execOf = (entry: string) => /^Exec=(.*)$/m.exec(entry)?.[1] ?? ''

const AWKWARD_PATHS = [
  '/opt/Loosen/loosen',
  '/home/me/My Apps/Loosen.AppImage',
  '/home/me/100% mine/Loosen.AppImage',
  '/home/me/$HOME/Loosen.AppImage',
  '/home/me/a\\b/Loosen.AppImage',
  '/home/me/"quoted"/Loosen.AppImage',
  "/home/me/it's/Loosen.AppImage",
  '/home/me/`cmd`;rm -rf ~ & (x)|y>z<w*?#/Loosen.AppImage',
  '/home/me/tab\there/Loosen.AppImage',
  '/home/me/Übungen/Loosen.AppImage',
]

describe('the Linux autostart entry', () => {
  it('writes and removes an XDG autostart entry', () => {
    const configHome = newFolder()
    const host = { ...osLoginItem('linux').host, configHome }
    const file = join(configHome, 'autostart', 'app.loosen.desktop.desktop')
    applyLaunchAtLogin(false, host)
    expect(existsSync(file)).toBe(false)
    applyLaunchAtLogin(true, host)
    expect(readFileSync(file, 'utf8')).toContain('Exec=/opt/Loosen/loosen --hidden')
    applyLaunchAtLogin(false, host)
    expect(existsSync(file)).toBe(false)
  })

  it('quotes and escapes every awkward path so the desktop runs exactly that file', () => {
    for (const path of AWKWARD_PATHS) {
      expect(parseExec(execOf(autostartEntry([path]))), path).toEqual([path, '--hidden'])
    }
    expect(execOf(autostartEntry(['/home/me/100% mine/L']))).toBe(
      '"/home/me/100%% mine/L" --hidden',
    )
    // A literal backslash inside a quoted argument is four backslashes in the file.
    expect(execOf(autostartEntry(['/a\\b']))).toBe('"/a\\\\\\\\b" --hidden')
    expect(execOf(autostartEntry(['/a$b']))).toBe('"/a\\\\$b" --hidden')
  })

  it('starts the AppImage itself ($APPIMAGE), not its temporary mount', () => {
    const packaged = { isPackaged: true, execPath: '/tmp/.mount_LoosenX/loosen', appPath: '/x' }
    expect(
      launchCommand({ ...packaged, env: { APPIMAGE: '/home/me/Apps/Loosen.AppImage' } }),
    ).toEqual(['/home/me/Apps/Loosen.AppImage'])
    expect(launchCommand({ ...packaged, env: {} })).toEqual(['/tmp/.mount_LoosenX/loosen'])
    expect(
      launchCommand({
        isPackaged: false,
        execPath: '/e/electron',
        appPath: '/src/loosen',
        env: {},
      }),
    ).toEqual(['/e/electron', '/src/loosen'])
  })

  const validator = spawnSync('desktop-file-validate', ['--help'], { encoding: 'utf8' })
  const hasValidator = validator.error === undefined
  if (!hasValidator) {
    console.warn(
      '[login-item] desktop-file-validate is not installed (apt-get install desktop-file-utils), so the autostart entry is not validated here.',
    )
  }

  it.skipIf(!hasValidator)('passes desktop-file-validate for every awkward path', () => {
    const folder = newFolder()
    for (const [index, path] of AWKWARD_PATHS.entries()) {
      const file = join(folder, `loosen-${String(index)}.desktop`)
      writeFileSync(file, autostartEntry([path]))
      const result = spawnSync('desktop-file-validate', [file], { encoding: 'utf8' })
      expect(`${result.stdout}${result.stderr}`, path).toBe('')
      expect(result.status, path).toBe(0)
    }
  })
})
