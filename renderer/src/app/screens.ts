import type { ScreenName } from '../../../electron/shared/contract'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import english from '../../../locales/en.json'

/**
 * Every screen of the shell. Today lives only in the renderer: main opens the app at a named
 * screen (a practice, the Log) or at no screen at all, which is Today.
 */
export type ShellScreen = ScreenName | 'today'

export interface ScreenEntry {
  name: ShellScreen
  /** The screen's name in the sidebar and its heading: `t(labelId)`. */
  labelId: MessageKey
  /** The English name, for tests and logs that read this list; the page shows `t(labelId)`. */
  label: string
  /** Alt + this digit jumps to the screen from anywhere. */
  shortcut: string
}

function entry(name: ShellScreen, labelId: MessageKey, shortcut: string): ScreenEntry {
  return { name, labelId, label: english[labelId], shortcut }
}

/** Where the app opens, and where an unknown route lands. */
export const todayScreen = entry('today', 'app.screen.today', '0')

// Today took Alt+0 so the shortcuts people already use (Alt+1 Practice … Alt+6 About) stay put.
export const screens: readonly ScreenEntry[] = [
  todayScreen,
  entry('practice', 'app.screen.practice', '1'),
  entry('log', 'app.screen.log', '2'),
  entry('insights', 'app.screen.insights', '3'),
  entry('reminders', 'app.screen.reminders', '4'),
  entry('settings', 'app.screen.settings', '5'),
  entry('about', 'app.screen.about', '6'),
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
