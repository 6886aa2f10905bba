import type { ScreenName } from '../../../electron/shared/contract'

/**
 * Every screen of the shell. Today lives only in the renderer: main opens the app at a named
 * screen (a practice, the Log) or at no screen at all, which is Today.
 */
export type ShellScreen = ScreenName | 'today'

export interface ScreenEntry {
  name: ShellScreen
  label: string
  /** Alt + this digit jumps to the screen from anywhere. */
  shortcut: string
}

// Today took Alt+0 so the shortcuts people already use (Alt+1 Practice … Alt+6 About) stay put.
export const screens: readonly ScreenEntry[] = [
  { name: 'today', label: 'Today', shortcut: '0' },
  { name: 'practice', label: 'Practice', shortcut: '1' },
  { name: 'log', label: 'Log', shortcut: '2' },
  { name: 'insights', label: 'Insights', shortcut: '3' },
  { name: 'reminders', label: 'Reminders', shortcut: '4' },
  { name: 'settings', label: 'Settings', shortcut: '5' },
  { name: 'about', label: 'About & help', shortcut: '6' },
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
