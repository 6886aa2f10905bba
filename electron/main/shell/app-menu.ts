import type { MenuItemConstructorOptions } from 'electron'

/**
 * The application menu of a packaged Loosen, or null for none. Electron's default menu offers
 * Reload and Toggle Developer Tools (with their shortcuts), which a release must not. macOS
 * keeps the app menu (About, Hide, Quit) and the Edit menu, without which Cmd+C, Cmd+V and
 * Cmd+Z do nothing in text fields; Windows and Linux need no menu for those shortcuts.
 * Development runs keep the default menu (undefined), developer tools included.
 */
export function applicationMenuTemplate(
  platform: string,
  isPackaged: boolean,
): MenuItemConstructorOptions[] | null | undefined {
  if (!isPackaged) return undefined
  if (platform !== 'darwin') return null
  return [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]
}
