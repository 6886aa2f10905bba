import type { ScreenName } from '../../shared/contract/events'
import type { DesktopState, ReminderStatus } from '../../shared/contract/reminders'
import type { QuietSource } from './quiet-source'

/** Milliseconds since the last keyboard or mouse input (Electron: powerMonitor). */
export interface IdleSource {
  idleMs(): number
}

/** Runs `run` at an absolute wall-clock time; returns a cancel function. */
export interface Scheduler {
  at(epochMs: number, run: () => void): () => void
}

export type NoticeAction = 'start-break' | 'snooze'

export interface Notice {
  kind: 'heads-up' | 'due' | 'micro' | 'posture' | 'cue' | 'daily' | 'preview'
  title: string
  body: string
  /** Buttons to offer; the adapter shows them only where the OS can. */
  actions: NoticeAction[]
  /** The buttons' words in the person's language (English when left out). */
  actionLabels?: Readonly<Record<NoticeAction, string>>
}

export interface NoticeHandlers {
  click(): void
  action(action: NoticeAction): void
}

export interface Notifier {
  show(notice: Notice, on: NoticeHandlers): void
}

/** Where the break window appears: every display, or only the one with the pointer. */
export type BreakWindowPlacement = 'all' | 'cursor'

/**
 * The gentle break window: shown without taking the keyboard, on every display (or the one
 * with the pointer), and closed everywhere at once.
 */
export interface BreakWindows {
  open(placement: BreakWindowPlacement): void
  close(): void
}

/** Everything the reminder service needs from the desktop, so tests can supply fakes. */
export interface ReminderWorld {
  idle: IdleSource
  scheduler: Scheduler
  notifier: Notifier
  /** Whether notifications can carry Start break / Snooze buttons (macOS, Windows). */
  notificationActions: boolean
  /** The IANA zone for local times; read each time so a zone change is followed. */
  timeZone: () => string
  /** Brings Loosen forward at a screen; `focus: false` shows it without stealing focus. */
  showApp(screen: ScreenName, detail: string | null, focus: boolean): void
  setLaunchAtLogin(on: boolean): void
  /** Called when what the tray shows changes (at most about once a minute while counting). */
  onStatus(status: ReminderStatus): void
  /** What the desktop allows (notifications, login item, tray); all 'ok' when absent. */
  desktopState?: () => DesktopState
  /** Quiet times (calls, fullscreen, DND, chosen apps); without one, reminders never wait. */
  quiet?: QuietSource
  /** The break window; without one, the window style brings the app up without focus instead. */
  breakWindows?: BreakWindows
}
