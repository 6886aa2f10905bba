import type { RunCommand } from '../tray-host'

export interface FrontWindow {
  fullscreen: boolean
  /** WM_CLASS names of the active window (instance and class). */
  classes: string[]
}

/**
 * The active window on X11 through `xprop` (x11-utils): whether it is fullscreen
 * (_NET_WM_STATE_FULLSCREEN) and its WM_CLASS. Wayland gives no such view of other apps'
 * windows; there this answers null and only the other signals count.
 */
export async function x11FrontWindow(
  run: RunCommand,
  ownWindowIds: readonly string[] = [],
): Promise<FrontWindow | null> {
  const root = await run('xprop', ['-root', '_NET_ACTIVE_WINDOW'])
  if (!root.ok) return null
  const id = /window id # (0x[0-9a-f]+)/i.exec(root.stdout)?.[1]
  if (!id || /^0x0+$/i.test(id)) return null
  if (ownWindowIds.some((own) => Number.parseInt(own, 16) === Number.parseInt(id, 16))) return null
  const props = await run('xprop', ['-id', id, '_NET_WM_STATE', 'WM_CLASS'])
  if (!props.ok) return null
  const state = /_NET_WM_STATE\(ATOM\) = (.*)/.exec(props.stdout)?.[1] ?? ''
  const classLine = /WM_CLASS\(STRING\) = (.*)/.exec(props.stdout)?.[1] ?? ''
  const classes = [...classLine.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '').filter(Boolean)
  return { fullscreen: state.includes('_NET_WM_STATE_FULLSCREEN'), classes }
}
