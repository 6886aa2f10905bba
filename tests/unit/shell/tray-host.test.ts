import { describe, expect, it } from 'vitest'
import {
  hasStatusNotifierHost,
  keepRunningWhenWindowsClose,
  type RunResult,
} from '../../../electron/main/shell/tray-host'

/** A fake process runner answering per program; a missing program fails to run. */
function runner(answers: Record<string, RunResult>) {
  const ran: string[][] = []
  const run = (file: string, args: readonly string[]) => {
    ran.push([file, ...args])
    return Promise.resolve(answers[file] ?? { ok: false, stdout: '' })
  }
  return { run, ran }
}

describe('looking for a StatusNotifier host on the session bus', () => {
  it('asks gdbus whether org.kde.StatusNotifierWatcher has an owner', async () => {
    const { run, ran } = runner({ gdbus: { ok: true, stdout: '(true,)\n' } })
    expect(await hasStatusNotifierHost(run)).toBe(true)
    expect(ran[0]).toEqual([
      'gdbus',
      'call',
      '--session',
      '--dest',
      'org.freedesktop.DBus',
      '--object-path',
      '/org/freedesktop/DBus',
      '--method',
      'org.freedesktop.DBus.NameHasOwner',
      'org.kde.StatusNotifierWatcher',
    ])
  })

  it('finds none on GNOME without an AppIndicator extension', async () => {
    const { run } = runner({ gdbus: { ok: true, stdout: '(false,)\n' } })
    expect(await hasStatusNotifierHost(run)).toBe(false)
  })

  it('falls back to dbus-send when gdbus is missing', async () => {
    const { run } = runner({
      'dbus-send': {
        ok: true,
        stdout: 'method return time=1.2 sender=org.freedesktop.DBus\n   boolean false\n',
      },
    })
    expect(await hasStatusNotifierHost(run)).toBe(false)
  })

  it('concludes nothing when no probe can answer (no bus, no tools)', async () => {
    expect(await hasStatusNotifierHost(runner({}).run)).toBeNull()
  })
})

describe('closing the last window', () => {
  it('quits on Linux without a tray host, since the tray icon would be invisible', () => {
    expect(
      keepRunningWhenWindowsClose({ platform: 'linux', trayCreated: true, trayHost: false }),
    ).toBe(false)
  })

  it('keeps Loosen in the tray where the icon can be seen, or when it cannot be told', () => {
    expect(
      keepRunningWhenWindowsClose({ platform: 'linux', trayCreated: true, trayHost: true }),
    ).toBe(true)
    expect(
      keepRunningWhenWindowsClose({ platform: 'linux', trayCreated: true, trayHost: null }),
    ).toBe(true)
    expect(
      keepRunningWhenWindowsClose({ platform: 'win32', trayCreated: true, trayHost: null }),
    ).toBe(true)
  })

  it('quits when no tray icon could be made at all', () => {
    expect(
      keepRunningWhenWindowsClose({ platform: 'win32', trayCreated: false, trayHost: null }),
    ).toBe(false)
  })
})
