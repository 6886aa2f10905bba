import type { QuietReading, QuietSource, QuietWanted } from '../../reminders/quiet-source'
import type { RunCommand } from '../tray-host'
import { macFocusOn, type ReadText } from './focus-mac'
import { macFrontApp } from './front-app-mac'

export interface MacQuietDeps {
  run: RunCommand
  readText: ReadText
  home: string
}

/**
 * macOS's signals: one of the chosen apps in front (by name or bundle id, e.g. "Keynote" or
 * "com.apple.iWork.Keynote") and Focus / Do Not Disturb. A call (camera or microphone in use)
 * and another app fullscreen have no signal without native code yet, so they never hold back.
 */
export function createMacQuietSource(deps: MacQuietDeps): QuietSource {
  return {
    async read(wanted: QuietWanted): Promise<QuietReading | null> {
      try {
        if (wanted.apps.length > 0) {
          const front = await macFrontApp(deps.run)
          const app = front ? chosenApp(front, wanted.apps) : null
          if (app !== null) return { reason: 'focus-app', detail: app }
        }
        if (wanted.dnd && (await macFocusOn(deps.run, deps.readText, deps.home))) {
          return { reason: 'do-not-disturb', detail: null }
        }
        return null
      } catch {
        return null
      }
    },
  }
}

function chosenApp(names: readonly string[], apps: readonly string[]): string | null {
  const lower = names.map((n) => n.toLowerCase())
  return apps.find((a) => lower.includes(a.toLowerCase())) ?? null
}
