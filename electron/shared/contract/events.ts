/**
 * Messages main pushes to the renderer. They carry intent only (which screen, which practice),
 * never data the renderer must trust.
 */
export type LoosenEvent =
  | { type: 'navigate'; screen: ScreenName; practiceId?: string }
  | { type: 'settings-changed' }
  | { type: 'data-changed'; domain: DataDomain }
  /** The break-reminder state moved on (at most about once a minute while counting down). */
  | { type: 'reminders-changed' }

/** Which records changed: self-ratings, practice sessions and own practices, break records, check-ins. */
export const DATA_DOMAINS = ['log', 'practice', 'reminders', 'checkins'] as const
export type DataDomain = (typeof DATA_DOMAINS)[number]

export type ScreenName = 'practice' | 'log' | 'insights' | 'reminders' | 'settings' | 'about'

export type EventSubscriber = (listener: (event: LoosenEvent) => void) => () => void

export const LOOSEN_EVENT_CHANNEL = 'loosen:event'
