import { homedir } from 'node:os'
import { join } from 'node:path'
import { app } from 'electron'
import type { ScreenName } from '../../shared/contract/events'
import type { ReminderStatus } from '../../shared/contract/reminders'
import type { ReminderService } from '../reminders/reminder-service'
import type { ReminderWorld } from '../reminders/reminder-world'
import { createDesktopWorld, forwardPowerEvents } from './desktop-world'
import { applyLaunchAtLogin, HIDDEN_ARG } from './login-item'
import { exposeReminderTestHooks } from './test-hooks'
import { createReminderTray, type ReminderTray } from './tray'
import type { TrayAction } from './tray-model'

export interface ReminderDesktopHooks {
  platform: string
  showApp: (screen: ScreenName, detail: string | null, focus: boolean) => void
  openQuickLog: () => void
  quit: () => void
  log: (message: string, error: unknown) => void
}

/** The command that starts this copy of Loosen, for the Linux autostart entry. */
function launchCommand(): string[] {
  const appImage = process.env['APPIMAGE']
  if (appImage) return [appImage]
  return app.isPackaged ? [process.execPath] : [process.execPath, app.getAppPath()]
}

/**
 * Break reminders on the desktop: the world the service runs in (idle time, timers, native
 * notifications, login item), then the tray and power events once the service exists.
 */
export function createReminderDesktop(hooks: ReminderDesktopHooks) {
  let tray: ReminderTray | null = null
  const world: ReminderWorld = createDesktopWorld({
    platform: hooks.platform,
    showApp: hooks.showApp,
    setLaunchAtLogin: (on) => {
      try {
        applyLaunchAtLogin(on, {
          platform: hooks.platform,
          setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
          command: launchCommand(),
          configHome: process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'),
        })
      } catch (error) {
        hooks.log('Could not change launch at login', error)
      }
    },
    onStatus: (status: ReminderStatus) => tray?.update(status),
  })

  function act(service: ReminderService, action: TrayAction): void {
    try {
      switch (action.type) {
        case 'start-break':
          service.startMovementBreak()
          return
        case 'practice':
          hooks.showApp('practice', action.practiceId, true)
          return
        case 'log':
          hooks.openQuickLog()
          return
        case 'pause':
          service.pause(action.option)
          return
        case 'resume':
          service.resume()
          return
        case 'open':
          hooks.showApp('reminders', null, true)
          return
        case 'quit':
          hooks.quit()
          return
      }
    } catch (error) {
      hooks.log(`Tray action ${action.type} failed`, error)
    }
  }

  return {
    world,
    /** Whether Loosen was started at login, to wait in the tray without a window. */
    startedHidden: process.argv.includes(HIDDEN_ARG),
    /** Returns false when the system has no tray, so closing the window must quit. */
    start(service: ReminderService, iconFile: string): boolean {
      exposeReminderTestHooks()
      forwardPowerEvents((kind) => service.power(kind))
      try {
        tray = createReminderTray({
          iconFile,
          platform: hooks.platform,
          status: service.status(),
          act: (action) => act(service, action),
        })
        return true
      } catch (error) {
        hooks.log('The tray icon could not be created', error)
        return false
      }
    },
    stop(): void {
      tray?.destroy()
      tray = null
    },
  }
}
