import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, Notification } from 'electron'
import type { ScreenName } from '../../shared/contract/events'
import type { ReminderStatus } from '../../shared/contract/reminders'
import type { ReminderService } from '../reminders/reminder-service'
import type { MainLanguage } from '../i18n/main-language'
import type { BreakWindows, ReminderWorld } from '../reminders/reminder-world'
import { createDesktopStateStore } from './desktop-state'
import { createDesktopWorld, forwardPowerEvents } from './desktop-world'
import { applyLaunchAtLogin, launchCommand, startedAtLogin } from './login-item'
import { createNoticeFallback } from './notice-fallback'
import { createNotifier, type NotificationApi } from './notifier'
import { quietSourceFor } from './quiet/quiet-source-for'
import { runCommand } from './run-command'
import { exposeReminderTestHooks } from './test-hooks'
import { createReminderTray, type ReminderTray } from './tray'
import { hasStatusNotifierHost } from './tray-host'
import type { TrayAction } from './tray-model'

export interface ReminderDesktopHooks {
  platform: string
  showApp: (screen: ScreenName, detail: string | null, focus: boolean) => void
  /** Brings the window forward where it is (a left click on the Windows tray icon). */
  showWindow: () => void
  openQuickLog: () => void
  quit: () => void
  /** What the desktop allows changed; an open Reminders screen should reload. */
  desktopChanged: () => void
  log: (message: string, error: unknown) => void
  /** The gentle break window on every display. */
  breakWindows?: BreakWindows
}

const electronNotifications: NotificationApi = {
  isSupported: () => Notification.isSupported(),
  create: (options) => new Notification(options),
  handleActivation: (callback) => Notification.handleActivation(callback),
}

/**
 * Break reminders on the desktop: the world the service runs in (idle time, timers, native
 * notifications, login item), then the tray and power events once the service exists.
 * Create it after the app is ready: Windows may hand over a notification click at once.
 */
export function createReminderDesktop(hooks: ReminderDesktopHooks) {
  let tray: ReminderTray | null = null
  let stopFollowingLanguage: (() => void) | null = null
  let started = false
  let orphanActivationWaiting = false
  const openMovementBreak = () => hooks.showApp('practice', 'movement-break', true)
  const state = createDesktopStateStore(hooks.desktopChanged)
  const notifier = createNotifier({
    platform: hooks.platform,
    api: electronNotifications,
    onFailed: createNoticeFallback({ state, showApp: hooks.showApp, log: hooks.log }),
    // Loosen was started, or is running, without the notice in memory: still open the break.
    // Windows may report a click that started Loosen at once, before the app:// protocol and
    // IPC exist; the window then waits for start().
    onOrphanActivation: () => {
      if (started) openMovementBreak()
      else orphanActivationWaiting = true
    },
  })
  const world: ReminderWorld = createDesktopWorld({
    platform: hooks.platform,
    notifier,
    showApp: hooks.showApp,
    setLaunchAtLogin: (on) => {
      try {
        const outcome = applyLaunchAtLogin(on, {
          platform: hooks.platform,
          getLoginItemSettings: (options) => app.getLoginItemSettings(options),
          setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
          command: launchCommand({
            env: process.env,
            isPackaged: app.isPackaged,
            execPath: process.execPath,
            appPath: app.getAppPath(),
          }),
          configHome: process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'),
        })
        state.update({ launchAtLogin: outcome })
      } catch (error) {
        hooks.log('Could not change launch at login', error)
      }
    },
    onStatus: (status: ReminderStatus) => tray?.update(status),
    desktopState: () => {
      // Approval happens in System Settings, outside Loosen: ask again while it is pending.
      if (state.read().launchAtLogin === 'requires-approval') {
        const status = app.getLoginItemSettings().status
        if (status !== 'requires-approval') state.update({ launchAtLogin: 'ok' })
      }
      return state.read()
    },
  })
  // Every BrowserWindow is Loosen's own: the main window, the quick log and the break windows.
  world.quiet = quietSourceFor(hooks.platform, () => BrowserWindow.getAllWindows())
  if (hooks.breakWindows) world.breakWindows = hooks.breakWindows

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
    startedHidden: startedAtLogin({
      platform: hooks.platform,
      argv: process.argv,
      wasOpenedAtLogin: () => app.getLoginItemSettings().wasOpenedAtLogin,
    }),
    /** Returns false when the tray icon could not be created. */
    start(service: ReminderService, iconFile: string, language: MainLanguage): boolean {
      exposeReminderTestHooks()
      forwardPowerEvents((kind) => service.power(kind))
      started = true
      if (orphanActivationWaiting) openMovementBreak()
      try {
        tray = createReminderTray({
          iconFile,
          platform: hooks.platform,
          status: service.status(),
          act: (action) => act(service, action),
          open: hooks.showWindow,
          translator: () => language.current(),
        })
        // The menu is rebuilt in the new language at once, not at the next change of state.
        stopFollowingLanguage = language.onChange(() => tray?.update(service.status()))
        return true
      } catch (error) {
        hooks.log('The tray icon could not be created', error)
        return false
      }
    },
    /** Linux: whether anything on the session bus draws tray icons (null: could not tell). */
    trayHost(): Promise<boolean | null> {
      return hooks.platform === 'linux' ? hasStatusNotifierHost(runCommand) : Promise.resolve(null)
    },
    /** Records whether the tray keeps Loosen reachable, for the Reminders screen to explain. */
    setTrayShown(shown: boolean): void {
      state.update({ tray: shown ? 'ok' : 'missing' })
    },
    stop(): void {
      stopFollowingLanguage?.()
      stopFollowingLanguage = null
      tray?.destroy()
      tray = null
    },
  }
}

export type ReminderDesktop = ReturnType<typeof createReminderDesktop>
