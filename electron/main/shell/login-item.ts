import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execValue } from './desktop-entry'

/** Windows and Linux start Loosen with this at login, so it waits in the tray. */
export const HIDDEN_ARG = '--hidden'
const DESKTOP_FILE = 'app.loosen.desktop.desktop'

/** What Electron's app.getLoginItemSettings reports that this module reads. */
export interface CurrentLoginItem {
  openAtLogin: boolean
  /** macOS 13 and later. */
  status?: 'not-registered' | 'enabled' | 'requires-approval' | 'not-found'
}

export interface LoginItemHost {
  platform: string
  /** Electron's app.getLoginItemSettings (macOS, Windows). */
  getLoginItemSettings: (options?: { args?: string[] }) => CurrentLoginItem
  /** Electron's app.setLoginItemSettings (macOS, Windows). */
  setLoginItemSettings: (settings: { openAtLogin: boolean; args?: string[] }) => void
  /** The command that starts Loosen: the AppImage, the binary, or electron plus the app folder. */
  command: string[]
  /** ~/.config, or $XDG_CONFIG_HOME. */
  configHome: string
}

/** 'requires-approval': macOS holds the login item until the user allows it in System Settings. */
export type LoginItemOutcome = 'ok' | 'requires-approval'

/** The XDG autostart entry that starts Loosen hidden in the tray. */
export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Loosen',
    'Comment=Break reminders and hip practice, waiting in the tray',
    `Exec=${execValue([...command, HIDDEN_ARG])}`,
    'Icon=loosen',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** The command that starts this copy of Loosen, for the Linux autostart entry. */
export function launchCommand(host: {
  env: Record<string, string | undefined>
  isPackaged: boolean
  execPath: string
  appPath: string
}): string[] {
  // An AppImage runs from a temporary mount that is gone at the next login; the AppImage
  // file itself, which its runtime names in $APPIMAGE, is what must be started.
  const appImage = host.env['APPIMAGE']
  if (appImage) return [appImage]
  return host.isPackaged ? [host.execPath] : [host.execPath, host.appPath]
}

/** Whether this start came from the login item, so Loosen should wait in the tray. */
export function startedAtLogin(host: {
  platform: string
  argv: readonly string[]
  /** app.getLoginItemSettings().wasOpenedAtLogin; macOS passes no arguments to login items. */
  wasOpenedAtLogin: () => boolean
}): boolean {
  if (host.platform === 'darwin') return host.wasOpenedAtLogin()
  return host.argv.includes(HIDDEN_ARG)
}

/**
 * Launch at login: the OS setting on macOS/Windows, an autostart file on Linux. Off by default.
 * The OS setting is written only when it differs from what the OS reports, as this runs at
 * every start and a needless write can prompt the user again (macOS) or reset their choice.
 */
export function applyLaunchAtLogin(on: boolean, host: LoginItemHost): LoginItemOutcome {
  if (host.platform === 'darwin') {
    const current = host.getLoginItemSettings()
    const waiting = current.status === 'requires-approval'
    if (current.openAtLogin !== on && !(on && waiting)) {
      host.setLoginItemSettings({ openAtLogin: on })
    }
    if (!on) return 'ok'
    return host.getLoginItemSettings().status === 'requires-approval' ? 'requires-approval' : 'ok'
  }
  if (host.platform === 'win32') {
    // Windows compares the arguments too, so it is asked about the entry Loosen writes.
    const args = [HIDDEN_ARG]
    if (host.getLoginItemSettings({ args }).openAtLogin !== on) {
      host.setLoginItemSettings({ openAtLogin: on, args })
    }
    return 'ok'
  }
  const folder = join(host.configHome, 'autostart')
  const file = join(folder, DESKTOP_FILE)
  if (!on) {
    if (existsSync(file)) rmSync(file)
    return 'ok'
  }
  const entry = autostartEntry(host.command)
  if (existsSync(file) && readFileSync(file, 'utf8') === entry) return 'ok'
  mkdirSync(folder, { recursive: true })
  writeFileSync(file, entry)
  return 'ok'
}
