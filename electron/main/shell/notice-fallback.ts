import type { ScreenName } from '../../shared/contract/events'
import type { Notice } from '../reminders/reminder-world'
import type { DesktopStateStore } from './desktop-state'

/**
 * A notice the system would not show (unsigned or ad-hoc signed macOS builds, notifications
 * turned off for Loosen on Windows) must not vanish: Loosen's own window appears instead, at
 * the screen the notice was about, without taking focus, and the Reminders screen says why.
 * A heads-up only announces a reminder that follows, and a planned cue is only an offer, so
 * neither opens a window of its own; a sit/stand prompt opens Reminders, which says which way.
 */
export function createNoticeFallback(hooks: {
  state: DesktopStateStore
  showApp: (screen: ScreenName, detail: string | null, focus: boolean) => void
  log: (message: string, error: unknown) => void
}) {
  return (notice: Notice, error: string): void => {
    hooks.log(`A ${notice.kind} notification failed; reminding with the window`, error)
    hooks.state.update({ notifications: 'failed' })
    if (notice.kind === 'heads-up' || notice.kind === 'micro' || notice.kind === 'cue') return
    hooks.showApp(notice.kind === 'daily' ? 'practice' : 'reminders', null, false)
  }
}
