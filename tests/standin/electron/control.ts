import type * as Electron from 'electron'
import type { CommandMessage, StandInCommand, StandInState } from '../messages'
import { app } from './app'
import { baseWindows } from './base-window'
import { StandInBrowserWindow } from './browser-window'
import { closeChromium } from './chromium-host'
import { advanceClock } from './clock'
import { ipcMain } from './ipc-main'
import { readLoginItem } from './login-items'
import { StandInMenu } from './menu'
import { actOnNotification, notificationStates } from './notification'
import { activeBlockers, powerMonitor } from './power'
import { screen } from './screen'
import { session } from './session'
import { isPlatform, report, runtime } from './runtime'
import { trays } from './tray'

// What the test can do to the running app, as a person or the OS would: click the tray, act on
// a notification, lock the screen, log off, let time pass; and what it can read back.

function state(): StandInState {
  const tray = trays[0]
  return {
    ready: runtime.ready,
    windows: StandInBrowserWindow.getAllWindows().map((window) => window.snapshot()),
    tray: tray ? tray.snapshot() : null,
    notifications: notificationStates(),
    applicationMenu: StandInMenu.applicationMenu?.snapshot() ?? null,
    dialogs: [...runtime.dialogs],
    appEvents: [...runtime.appEvents],
    loginItem: isPlatform('linux') ? null : readLoginItem(),
    appUserModelId: app.appUserModelId,
    powerSaveBlockers: activeBlockers(),
    violations: [...runtime.violations],
    blockedRequests: [...runtime.blockedRequests],
    now: Date.now(),
  }
}

function findWindow(id: number | undefined): StandInBrowserWindow {
  const windows = StandInBrowserWindow.getAllWindows()
  const window = id === undefined ? windows[0] : windows.find((w) => w.id === id)
  if (!window) throw new Error(`No open window${id === undefined ? '' : ` #${id}`}`)
  return window
}

async function run(command: StandInCommand): Promise<unknown> {
  switch (command.name) {
    case 'state':
      return state()
    case 'tray-menu': {
      const tray = trays[0]
      if (!tray) throw new Error('There is no tray icon')
      tray.contextMenu().find(command.path).click()
      return state()
    }
    case 'tray-click': {
      const tray = trays[0]
      if (!tray) throw new Error('There is no tray icon')
      tray.click(command.button)
      return state()
    }
    case 'app-menu': {
      const menu = StandInMenu.applicationMenu
      if (!menu) throw new Error('The app set no application menu')
      menu.find(command.path).click()
      return state()
    }
    case 'notification':
      return actOnNotification(command.id, command.act, command.actionIndex)
    case 'power':
      return { delivered: powerMonitor.deliver(command.kind) }
    case 'os-session-end':
      // Windows ends the process after session-end: no before-quit, no will-quit.
      if (isPlatform('win32')) {
        for (const window of StandInBrowserWindow.getAllWindows()) window.sessionEnd()
        for (const window of [...baseWindows]) window.sessionEnd()
        runtime.appEvents.push('os-killed-process')
        setImmediate(() => process.exit(0))
        return state()
      }
      powerMonitor.deliver('shutdown')
      app.quit()
      return state()
    case 'close-window':
      findWindow(command.id).close()
      return state()
    case 'activate':
      if (!isPlatform('darwin'))
        throw new Error('Only macOS sends activate (a click on the Dock icon)')
      app.emit('activate', {}, StandInBrowserWindow.getAllWindows().length > 0)
      return state()
    case 'quit':
      app.quit()
      return state()
    case 'close-browser':
      // Before the test kills the app: Chromium runs in its own process group and would
      // otherwise go on writing its profile into the data folder being removed.
      await closeChromium()
      return state()
    case 'gc':
      ;(globalThis as unknown as { gc?: () => void }).gc?.()
      return state()
    case 'idle':
      powerMonitor.idleSeconds = command.seconds
      return state()
    case 'advance':
      await advanceClock(command.ms)
      return state()
    case 'displays':
      screen.setDisplays(command.displays)
      return state()
    case 'cursor':
      screen.moveCursor({ x: command.x, y: command.y })
      return state()
    case 'permissions':
      return session.defaultSession.probePermissions()
    case 'ipc-invoke': {
      const window = command.sender === 'foreign' ? null : findWindow(command.windowId)
      const sender = window
        ? window.webContents
        : { id: 9999, getURL: () => 'https://example.com/' }
      const senderFrame =
        command.sender === 'null-frame' || !window ? null : { url: window.webContents.getURL() }
      const event = {
        sender,
        senderFrame,
        processId: 1,
        frameId: 1,
      } as unknown as Electron.IpcMainInvokeEvent
      return ipcMain.invoke(event, command.channel, [command.payload])
    }
  }
}

export function listenForCommands(): void {
  process.on('message', (message: CommandMessage) => {
    run(message).then(
      (value) => report({ type: 'reply', requestId: message.requestId, ok: true, value }),
      (error: unknown) =>
        report({ type: 'reply', requestId: message.requestId, ok: false, error: String(error) }),
    )
  })
  // The control channel must not keep the app alive: a clean quit ends the process by itself.
  process.channel?.unref()
}
