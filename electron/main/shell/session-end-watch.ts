import { BaseWindow } from 'electron'

/**
 * Windows announces logoff and shutdown only to windows (session-end), and before-quit and
 * will-quit never come. Loosen waiting in the tray has no window, so a hidden, empty BaseWindow
 * (no web page, no renderer process) stays open to hear it. Only while Loosen keeps running in
 * the tray: an extra window would otherwise keep window-all-closed from ever quitting it.
 */
export function watchSessionEnd(platform: string, onSessionEnd: () => void): BaseWindow | null {
  if (platform !== 'win32') return null
  const sentinel = new BaseWindow({
    show: false,
    width: 1,
    height: 1,
    skipTaskbar: true,
    focusable: false,
    title: 'Loosen',
  })
  sentinel.on('session-end', () => onSessionEnd())
  return sentinel
}
