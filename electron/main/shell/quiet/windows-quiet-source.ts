import type { QuietReading, QuietSource, QuietWanted } from '../../reminders/quiet-source'
import type { RunCommand } from '../tray-host'
import { windowsCallInProgress } from './call-windows'

/**
 * Windows' signals: a call (camera or microphone in use, from the privacy registry). Focus
 * Assist, fullscreen and the app in front have no reliable signal without native code yet.
 */
export function createWindowsQuietSource(run: RunCommand): QuietSource {
  return {
    async read(wanted: QuietWanted): Promise<QuietReading | null> {
      try {
        if (wanted.call && (await windowsCallInProgress(run)))
          return { reason: 'call', detail: null }
        return null
      } catch {
        return null
      }
    },
  }
}
