/** Runs a program and reports its standard output; `ok` is false when it failed to run or exit 0. */
export type RunCommand = (file: string, args: readonly string[]) => Promise<RunResult>
export interface RunResult {
  ok: boolean
  stdout: string
}

const WATCHER = 'org.kde.StatusNotifierWatcher'

/**
 * Whether a StatusNotifier host (the thing that draws tray icons on Linux: KDE, most panels,
 * GNOME only with an AppIndicator extension) owns its name on the session bus. Asks gdbus,
 * then dbus-send; null when neither could answer, so nothing is concluded.
 */
export async function hasStatusNotifierHost(run: RunCommand): Promise<boolean | null> {
  const gdbus = await run('gdbus', [
    'call',
    '--session',
    '--dest',
    'org.freedesktop.DBus',
    '--object-path',
    '/org/freedesktop/DBus',
    '--method',
    'org.freedesktop.DBus.NameHasOwner',
    WATCHER,
  ])
  if (gdbus.ok) {
    if (/\(true,?\)/.test(gdbus.stdout)) return true
    if (/\(false,?\)/.test(gdbus.stdout)) return false
  }
  const dbusSend = await run('dbus-send', [
    '--session',
    '--print-reply',
    '--dest=org.freedesktop.DBus',
    '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner',
    `string:${WATCHER}`,
  ])
  if (dbusSend.ok) {
    if (/boolean true/.test(dbusSend.stdout)) return true
    if (/boolean false/.test(dbusSend.stdout)) return false
  }
  return null
}

/**
 * Whether closing the last window leaves Loosen running for reminders. Only with a tray icon
 * the person can see: on Linux without a StatusNotifier host the icon is invisible, and a
 * Loosen running unseen could be neither reached nor quit.
 */
export function keepRunningWhenWindowsClose(desktop: {
  platform: string
  trayCreated: boolean
  /** hasStatusNotifierHost's answer; consulted on Linux only. */
  trayHost: boolean | null
}): boolean {
  if (!desktop.trayCreated) return false
  if (desktop.platform === 'linux' && desktop.trayHost === false) return false
  return true
}
