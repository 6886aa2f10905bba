import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type * as Electron from 'electron'
import { config, isPlatform } from './runtime'

// What the OS remembers about starting the app at login, kept in the data folder so a later
// launch of the stand-in (a new process, like a new login) sees it.

export interface StoredLoginItem {
  openAtLogin: boolean
  args: string[]
  setCalls: number
}

const file = () => join(config.userData, 'standin-login-item.json')

export function readLoginItem(): StoredLoginItem {
  if (!existsSync(file())) return { openAtLogin: false, args: [], setCalls: 0 }
  return JSON.parse(readFileSync(file(), 'utf8')) as StoredLoginItem
}

export function setLoginItemSettings(settings: Electron.Settings): void {
  const previous = readLoginItem()
  writeFileSync(
    file(),
    JSON.stringify({
      openAtLogin: settings.openAtLogin ?? false,
      // Only Windows keeps arguments for the login item; macOS ignores them.
      args: isPlatform('win32') ? (settings.args ?? []) : [],
      setCalls: previous.setCalls + 1,
    } satisfies StoredLoginItem),
  )
}

export function getLoginItemSettings(): Electron.LoginItemSettings {
  const stored = readLoginItem()
  return {
    openAtLogin: stored.openAtLogin,
    // macOS tells the app it was started at login; Windows passes the stored args instead.
    wasOpenedAtLogin: isPlatform('darwin') && config.openedAtLogin,
    status: stored.openAtLogin ? 'enabled' : 'not-registered',
    executableWillLaunchAtLogin: stored.openAtLogin,
    launchItems: [],
  }
}
