import type { ScreenName } from '../../../electron/shared/contract'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'

/**
 * Every screen of the shell. Today lives only in the renderer: main opens the app at a named
 * screen (a practice, the Log) or at no screen at all, which is Today.
 */
export type ShellScreen = ScreenName | 'today'

export interface ScreenEntry {
  name: ShellScreen
  /** The screen's name in the sidebar and its heading, from the catalogue. */
  label: MessageKey
  /** Alt + this digit jumps to the screen from anywhere. */
  shortcut: string
}

// Today took Alt+0 so the shortcuts people already use (Alt+1 Practice … Alt+6 About) stay put.
export const screens: readonly ScreenEntry[] = [
  { name: 'today', label: 'app.screen.today', shortcut: '0' },
  { name: 'practice', label: 'app.screen.practice', shortcut: '1' },
  { name: 'log', label: 'app.screen.log', shortcut: '2' },
  { name: 'insights', label: 'app.screen.insights', shortcut: '3' },
  { name: 'reminders', label: 'app.screen.reminders', shortcut: '4' },
  { name: 'settings', label: 'app.screen.settings', shortcut: '5' },
  { name: 'about', label: 'app.screen.about', shortcut: '6' },
]

export function isScreenName(value: string): value is ShellScreen {
  return screens.some((screen) => screen.name === value)
}

/** What every screen receives from the shell. */
export interface ScreenProps {
  /** The part of the route after the screen name, e.g. a practice id, or null. */
  detail: string | null
  navigate: (screen: ShellScreen, detail?: string) => void
}
