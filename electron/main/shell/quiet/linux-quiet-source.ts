import type { QuietReading, QuietSource, QuietWanted } from '../../reminders/quiet-source'
import type { RunCommand } from '../tray-host'
import { linuxCameraInUse, type ProcReader } from './camera-linux'
import { linuxDoNotDisturb } from './dnd-linux'
import { x11FrontWindow } from './front-window-x11'
import { linuxMicrophoneInUse } from './microphone-linux'

export interface LinuxQuietDeps {
  run: RunCommand
  proc: ProcReader
  ownPid: number
  /** Loosen's own windows, so its fullscreen break window never counts as another app. */
  ownWindowIds?: () => string[]
}

/**
 * Linux's signals for quiet times, each read only when asked for: a call (microphone stream
 * or camera open), the active window fullscreen or one of the chosen apps (X11), Do Not
 * Disturb (GNOME, freedesktop). The most telling reason comes first.
 */
export function createLinuxQuietSource(deps: LinuxQuietDeps): QuietSource {
  return {
    async read(wanted: QuietWanted): Promise<QuietReading | null> {
      try {
        if (wanted.call) {
          if (await linuxMicrophoneInUse(deps.run)) return { reason: 'call', detail: null }
          if (await linuxCameraInUse(deps.proc, deps.ownPid))
            return { reason: 'call', detail: null }
        }
        if (wanted.fullscreen || wanted.apps.length > 0) {
          const front = await x11FrontWindow(deps.run, deps.ownWindowIds?.() ?? [])
          if (front && wanted.fullscreen && front.fullscreen) {
            return { reason: 'fullscreen', detail: null }
          }
          const app = front ? chosenApp(front.classes, wanted.apps) : null
          if (app !== null) return { reason: 'focus-app', detail: app }
        }
        if (wanted.dnd && (await linuxDoNotDisturb(deps.run))) {
          return { reason: 'do-not-disturb', detail: null }
        }
        return null
      } catch {
        return null
      }
    },
  }
}

function chosenApp(classes: readonly string[], apps: readonly string[]): string | null {
  const lower = classes.map((c) => c.toLowerCase())
  return apps.find((a) => lower.includes(a.toLowerCase())) ?? null
}
