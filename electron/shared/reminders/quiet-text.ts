import type { QuietReason } from '../contract/reminders'

/** "Quiet: you're in a call" — the tray headline and the Reminders screen say the same. */
export function quietText(reason: QuietReason, detail: string | null): string {
  switch (reason) {
    case 'call':
      return "Quiet: you're in a call"
    case 'fullscreen':
      return 'Quiet: an app is fullscreen'
    case 'focus-app':
      return detail ? `Quiet: ${detail} is in front` : 'Quiet: a chosen app is in front'
    case 'do-not-disturb':
      return 'Quiet: Do Not Disturb is on'
  }
}

/** The first words of a reminder held back until a quiet time ended. */
export function afterQuietLead(reason: QuietReason): string {
  switch (reason) {
    case 'call':
      return 'Your call has ended.'
    case 'fullscreen':
      return 'You have left fullscreen.'
    case 'focus-app':
      return 'You have switched apps.'
    case 'do-not-disturb':
      return 'Do Not Disturb is off again.'
  }
}
