// What the Electron stand-in (a child process running the built app) and the test that launched
// it say to each other over Node's IPC channel. Plain data only: it crosses a process boundary.

export type StandInPlatform = 'linux' | 'darwin' | 'win32'

/** A display as the test describes it (work area: the bounds without panels and docks). */
export interface DisplaySpec {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
  workArea: { x: number; y: number; width: number; height: number }
  scaleFactor?: number
}

export interface StandInConfig {
  /** The platform the app is told it runs on (process.platform and the stand-in's rules). */
  platform: StandInPlatform
  /** The app folder Electron would be started on: its package.json `main` is loaded. */
  appPath: string
  userData: string
  /** Arguments after the app path, as the OS or a user would pass them. */
  argv: string[]
  /** True when the OS started the app at login (macOS reports it through wasOpenedAtLogin). */
  openedAtLogin: boolean
  /** macOS refuses notifications from unsigned and ad-hoc signed apps. */
  macSigned: boolean
  isPackaged: boolean
  /** Wall time the app's clock starts at (the app's timers run on a fake clock the test moves). */
  startTime: number
  chromium: { executablePath: string; args: string[]; headless: boolean }
  /** Without an IPC channel (started by `npm start`), events are appended to this file. */
  eventsFile?: string
  /** Quit once the first window is on screen: a start-up check run from `npm start`. */
  quitWhenShown?: boolean
  /** What dialog.showSaveDialog answers: this path, or cancelled when absent. */
  saveDialogPath?: string
  /** What the OS file chooser of an `<input type=file>` answers: these files, a person picking them. */
  openDialogPaths?: string[]
  /** The displays `screen` reports, the primary first (one 1920×1080 display by default). */
  displays?: DisplaySpec[]
  /** The system's preferred languages, best first (['en-US'] by default). */
  languages?: string[]
}

export interface MenuItemState {
  label: string
  role: string | null
  type: string
  enabled: boolean
  submenu: MenuItemState[] | null
}

export interface WindowState {
  id: number
  url: string
  title: string
  visible: boolean
  focused: boolean
  destroyed: boolean
  /** How it was last shown: `show()` takes focus, `showInactive()` does not. */
  shownWith: 'show' | 'showInactive' | null
  webPreferences: Record<string, unknown>
  bounds: { x: number; y: number; width: number; height: number }
  /** The constructor options that decide how a window sits among others. */
  options: { focusable: boolean; alwaysOnTop: boolean; skipTaskbar: boolean }
}

export interface NotificationState {
  id: number
  title: string
  body: string
  actions: string[]
  /** Still held by the app (not garbage collected). */
  referenced: boolean
  /** On screen or in the Action Center / Notification Center. */
  delivered: boolean
}

export interface StandInState {
  ready: boolean
  windows: WindowState[]
  tray: { tooltip: string; title: string; menu: MenuItemState[]; hasClickHandler: boolean } | null
  notifications: NotificationState[]
  applicationMenu: MenuItemState[] | null
  dialogs: { kind: string; title: string; message: string }[]
  appEvents: string[]
  loginItem: { openAtLogin: boolean; args: string[]; setCalls: number } | null
  appUserModelId: string | null
  powerSaveBlockers: number[]
  violations: string[]
  blockedRequests: string[]
  now: number
}

export type StandInEvent =
  | { type: 'window-shown'; url: string }
  | { type: 'chromium'; endpoint: string }
  | { type: 'violation'; message: string }
  | { type: 'crash'; message: string }
  | {
      type: 'quit-done'
      activeResources: string[]
      pendingTimers: number
      appEvents: string[]
      dialogs: StandInState['dialogs']
    }
  | { type: 'reply'; requestId: number; ok: true; value: unknown }
  | { type: 'reply'; requestId: number; ok: false; error: string }

export type StandInCommand =
  | { name: 'state' }
  | { name: 'tray-menu'; path: string[] }
  | { name: 'tray-click'; button: 'left' | 'right' }
  | { name: 'app-menu'; path: string[] }
  | {
      name: 'notification'
      id: number
      act: 'click' | 'action' | 'close' | 'timeout' | 'action-center-click'
      actionIndex?: number
    }
  | { name: 'power'; kind: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' }
  | { name: 'os-session-end' }
  | { name: 'close-window'; id: number }
  | { name: 'activate' }
  | { name: 'quit' }
  | { name: 'gc' }
  | { name: 'close-browser' }
  | { name: 'permissions' }
  | { name: 'idle'; seconds: number }
  | { name: 'advance'; ms: number }
  | { name: 'displays'; displays: DisplaySpec[] }
  | { name: 'cursor'; x: number; y: number }
  | {
      name: 'ipc-invoke'
      channel: string
      payload: unknown
      sender: 'window' | 'foreign' | 'null-frame'
      windowId?: number
    }

export type CommandMessage = StandInCommand & { requestId: number }
