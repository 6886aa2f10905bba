import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const HIDDEN_ARG = '--hidden'
const DESKTOP_FILE = 'app.loosen.desktop.desktop'

export interface LoginItemHost {
  platform: string
  /** Electron's app.setLoginItemSettings (macOS, Windows). */
  setLoginItemSettings: (settings: { openAtLogin: boolean; args: string[] }) => void
  /** The command that starts Loosen: the AppImage, the binary, or electron plus the app folder. */
  command: string[]
  /** ~/.config, or $XDG_CONFIG_HOME. */
  configHome: string
}

function quote(part: string): string {
  return /[\s"'\\$`]/.test(part) ? `"${part.replace(/(["\\$`])/g, '\\$1')}"` : part
}

/** The XDG autostart entry that starts Loosen hidden in the tray. */
export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Loosen',
    'Comment=Break reminders and hip practice, waiting in the tray',
    `Exec=${[...command, HIDDEN_ARG].map(quote).join(' ')}`,
    'Icon=loosen',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** Launch at login: the OS setting on macOS/Windows, an autostart file on Linux. Off by default. */
export function applyLaunchAtLogin(on: boolean, host: LoginItemHost): void {
  if (host.platform === 'darwin' || host.platform === 'win32') {
    host.setLoginItemSettings({ openAtLogin: on, args: on ? [HIDDEN_ARG] : [] })
    return
  }
  const folder = join(host.configHome, 'autostart')
  const file = join(folder, DESKTOP_FILE)
  if (!on) {
    if (existsSync(file)) rmSync(file)
    return
  }
  const entry = autostartEntry(host.command)
  if (existsSync(file) && readFileSync(file, 'utf8') === entry) return
  mkdirSync(folder, { recursive: true })
  writeFileSync(file, entry)
}
