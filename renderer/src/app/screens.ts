import type { ScreenName } from '../../../electron/shared/contract'

export interface ScreenEntry {
  name: ScreenName
  label: string
  /** Alt + this digit jumps to the screen from anywhere. */
  shortcut: string
}

export const screens: readonly ScreenEntry[] = [
  { name: 'practice', label: 'Practice', shortcut: '1' },
  { name: 'log', label: 'Log', shortcut: '2' },
  { name: 'insights', label: 'Insights', shortcut: '3' },
  { name: 'reminders', label: 'Reminders', shortcut: '4' },
  { name: 'settings', label: 'Settings', shortcut: '5' },
  { name: 'about', label: 'About & help', shortcut: '6' },
]

export function isScreenName(value: string): value is ScreenName {
  return screens.some((screen) => screen.name === value)
}

/** What every screen receives from the shell. */
export interface ScreenProps {
  /** The part of the route after the screen name, e.g. a practice id, or null. */
  detail: string | null
  navigate: (screen: ScreenName, detail?: string) => void
}
