import {
  LOOSEN_EVENT_CHANNEL,
  type LoosenEvent,
  type ScreenName,
} from '../../shared/contract/events'

/** The part of a BrowserWindow the controller uses (tests pass a fake). */
export interface ControlledWindow {
  isDestroyed(): boolean
  isMinimized(): boolean
  restore(): void
  show(): void
  showInactive(): void
  focus(): void
  readonly webContents: {
    isDestroyed(): boolean
    send(channel: string, ...args: unknown[]): void
  }
}

/** Opens a new main window at a route; it shows itself when ready, focused or not. */
export type OpenMainWindow = (
  hash: string,
  show: 'focus' | 'inactive',
  onClosed: () => void,
) => ControlledWindow

export function screenHash(screen: ScreenName, detail: string | null): string {
  return detail ? `#/${screen}/${detail}` : `#/${screen}`
}

/**
 * The one main window: opened on demand, brought forward with focus only for something the
 * person did (tray, dock, second launch), and shown inactive for a reminder so typing elsewhere
 * is never interrupted.
 */
export function createMainWindowController(open: OpenMainWindow) {
  let window: ControlledWindow | null = null

  const alive = (): ControlledWindow | null => (window && !window.isDestroyed() ? window : null)

  const openAt = (hash: string, show: 'focus' | 'inactive') => {
    const created = open(hash, show, () => {
      if (window === created) window = null
    })
    window = created
  }

  const bringForward = (target: ControlledWindow) => {
    if (target.isMinimized()) target.restore()
    target.show()
    target.focus()
  }

  const send = (target: ControlledWindow, event: LoosenEvent) => {
    if (target.webContents.isDestroyed()) return
    target.webContents.send(LOOSEN_EVENT_CHANNEL, event)
  }

  return {
    /** The window while it exists, for the IPC sender check. */
    current: alive,

    /** The person asked for Loosen: open it, or bring it forward where it is. */
    show(): void {
      const target = alive()
      if (target) bringForward(target)
      else openAt('', 'focus')
    },

    /** Tray, notifications and reminders open Loosen at a screen, e.g. the Movement Break. */
    showAt(screen: ScreenName, detail: string | null, focus: boolean): void {
      const target = alive()
      if (!target) {
        openAt(screenHash(screen, detail), focus ? 'focus' : 'inactive')
        return
      }
      send(
        target,
        detail ? { type: 'navigate', screen, practiceId: detail } : { type: 'navigate', screen },
      )
      if (focus) bringForward(target)
      else target.showInactive()
    },

    /**
     * Main's events for the page. A window closed or being torn down is skipped: sending to a
     * destroyed one throws. 'navigate' is not forwarded: the reminder service emits it for hosts
     * without windows (the browser harness) and then calls showApp, whose showAt above both
     * opens and navigates the window; forwarding it as well sent the page there twice.
     */
    emit(event: LoosenEvent): void {
      if (event.type === 'navigate') return
      const target = alive()
      if (target) send(target, event)
    },
  }
}

export type MainWindowController = ReturnType<typeof createMainWindowController>
