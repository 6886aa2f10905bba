import { powerMonitor } from 'electron'
import type { ScreenName } from '../../shared/contract/events'
import type { DesktopState, ReminderStatus } from '../../shared/contract/reminders'
import { systemTimeZone } from '../../shared/reminders/zoned-time'
import type { Notifier, ReminderWorld, Scheduler } from '../reminders/reminder-world'
import { supportsNotificationActions } from './notifier'

/** setTimeout cannot wait longer than this; a longer wait is broken into checks. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1

/** One real timer per request, at an absolute wall time; never a repeating interval. */
export function timeoutScheduler(now: () => number): Scheduler {
  return {
    at(epochMs, run) {
      let handle: NodeJS.Timeout
      const arm = () => {
        const delay = epochMs - now()
        if (delay > MAX_TIMEOUT_MS) {
          handle = setTimeout(arm, MAX_TIMEOUT_MS)
        } else {
          handle = setTimeout(run, Math.max(0, delay))
        }
      }
      arm()
      return () => clearTimeout(handle)
    },
  }
}

export interface DesktopWorldHooks {
  platform: string
  notifier: Notifier
  showApp: (screen: ScreenName, detail: string | null, focus: boolean) => void
  setLaunchAtLogin: (on: boolean) => void
  onStatus: (status: ReminderStatus) => void
  desktopState: () => DesktopState
}

/** The reminder service's world on a real desktop, through Electron. */
export function createDesktopWorld(hooks: DesktopWorldHooks): ReminderWorld {
  return {
    idle: { idleMs: () => powerMonitor.getSystemIdleTime() * 1000 },
    scheduler: timeoutScheduler(() => Date.now()),
    notifier: hooks.notifier,
    notificationActions: supportsNotificationActions(hooks.platform),
    timeZone: systemTimeZone,
    showApp: hooks.showApp,
    setLaunchAtLogin: hooks.setLaunchAtLogin,
    onStatus: hooks.onStatus,
    desktopState: hooks.desktopState,
  }
}

/** Lock and sleep feed the same state machine as the idle time. */
export function forwardPowerEvents(
  target: (kind: 'lock' | 'unlock' | 'suspend' | 'resume') => void,
): void {
  powerMonitor.on('suspend', () => target('suspend'))
  powerMonitor.on('resume', () => target('resume'))
  powerMonitor.on('lock-screen', () => target('lock'))
  powerMonitor.on('unlock-screen', () => target('unlock'))
}
