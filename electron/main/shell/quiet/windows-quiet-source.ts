import type { QuietReading, QuietSource, QuietWanted } from '../../reminders/quiet-source'
import type { RunCommand } from '../tray-host'
import { windowsCallInProgress } from './call-windows'
import { windowsDoNotDisturbOn } from './dnd-windows'

/**
 * Windows' signals: a call (camera or microphone in use, from the privacy registry) and Do not
 * disturb (notifications silenced). Windows 10's Focus Assist, another app fullscreen and the app
 * in front have no reliable signal without native code yet.
 */
export function createWindowsQuietSource(run: RunCommand): QuietSource {
  return {
    async read(wanted: QuietWanted): Promise<QuietReading | null> {
      try {
        if (wanted.call && (await windowsCallInProgress(run)))
          return { reason: 'call', detail: null }
        if (wanted.dnd && (await windowsDoNotDisturbOn(run)))
          return { reason: 'do-not-disturb', detail: null }
        return null
      } catch {
        return null
      }
    },
  }
}
