import { fork, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildSync } from 'esbuild'
import { chromium, type Browser, type Page } from 'playwright-core'
import type {
  CommandMessage,
  StandInCommand,
  StandInConfig,
  StandInEvent,
  StandInPlatform,
  StandInState,
} from './messages'
import { chromiumArgs, systemChromium } from '../support/chromium'

// Starts the built Loosen in a Node child process whose `electron` is the stand-in, and lets a
// test drive it: commands over Node's IPC channel, and the app's windows through Chromium's
// DevTools endpoint, where Playwright sees the same pages the app opened.

export const REPO = resolve(__dirname, '../..')
const BOOT_SOURCE = join(__dirname, 'boot.ts')
const BOOT_BUNDLE = join(REPO, 'out/standin/boot.cjs')

let built = false
/** Bundles the stand-in (TypeScript) into one CommonJS file; Playwright stays a real import. */
export function buildStandIn(): string {
  if (built && existsSync(BOOT_BUNDLE)) return BOOT_BUNDLE
  buildSync({
    entryPoints: [BOOT_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    outfile: BOOT_BUNDLE,
    external: ['playwright-core'],
    logLevel: 'warning',
  })
  built = true
  return BOOT_BUNDLE
}

export interface LaunchOptions {
  platform?: StandInPlatform
  /** The app folder (default: this repository, whose package.json main is out/main/index.js). */
  appPath?: string
  /** Reuse a data folder (a second launch, a second instance); a new one by default. */
  userData?: string
  argv?: string[]
  openedAtLogin?: boolean
  macSigned?: boolean
  isPackaged?: boolean
  startTime?: number
  env?: Record<string, string>
  /**
   * Linux: whether a StatusNotifier host (what draws tray icons) owns its D-Bus name. The app
   * asks `gdbus`; a stand-in gdbus on PATH answers. Undefined leaves the machine's own.
   */
  statusNotifierHost?: boolean
  /** Show Chromium's windows on screen (npm run preview:browser) instead of headless. */
  headless?: boolean
  /** The path dialog.showSaveDialog answers with (a person choosing it); cancelled without. */
  saveDialogPath?: string
  /** The files the OS chooser of an `<input type=file>` answers with (absolute paths). */
  openDialogPaths?: string[]
  /** The displays `screen` reports, the primary first. */
  displays?: StandInConfig['displays']
  /** The system's preferred languages, best first, as the OS reports them (['en-US'] by default). */
  languages?: string[]
}

export interface ExitReport {
  code: number | null
  signal: NodeJS.Signals | null
  quitDone: Extract<StandInEvent, { type: 'quit-done' }> | null
}

export class StandInApp {
  readonly events: StandInEvent[] = []
  readonly output: string[] = []
  private nextId = 1
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  private browser: Browser | null = null
  readonly exited: Promise<ExitReport>

  constructor(
    readonly child: ChildProcess,
    readonly config: StandInConfig,
    private readonly ownsUserData: boolean,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()))
    child.on('message', (event: StandInEvent) => {
      this.events.push(event)
      if (event.type !== 'reply') return
      const waiter = this.pending.get(event.requestId)
      this.pending.delete(event.requestId)
      if (event.ok) waiter?.resolve(event.value)
      else waiter?.reject(new Error(event.error))
    })
    this.exited = new Promise((resolveExit) => {
      child.on('exit', (code, signal) => {
        for (const waiter of this.pending.values()) waiter.reject(new Error('The app exited'))
        this.pending.clear()
        const quitDone = this.events.find((e) => e.type === 'quit-done') ?? null
        resolveExit({ code, signal, quitDone: quitDone?.type === 'quit-done' ? quitDone : null })
      })
    })
  }

  get userData(): string {
    return this.config.userData
  }

  command<T = StandInState>(command: StandInCommand): Promise<T> {
    const id = this.nextId++
    const message: CommandMessage = { ...command, requestId: id }
    return new Promise<T>((resolveReply, reject) => {
      this.pending.set(id, { resolve: resolveReply as (v: unknown) => void, reject })
      this.child.send(message)
    })
  }

  state(): Promise<StandInState> {
    return this.command({ name: 'state' })
  }

  violations(): string[] {
    return this.events.flatMap((e) => (e.type === 'violation' ? [e.message] : []))
  }

  /** The page of the app's window whose URL matches, once the app has opened it. */
  async page(match: RegExp = /index\.html/): Promise<Page> {
    const deadline = Date.now() + 20_000
    while (Date.now() < deadline) {
      const endpoint = this.events.find((e) => e.type === 'chromium')
      if (endpoint?.type === 'chromium') {
        this.browser ??= await chromium.connectOverCDP(endpoint.endpoint)
        const page = this.browser
          .contexts()
          .flatMap((context) => context.pages())
          .find((candidate) => match.test(candidate.url()))
        if (page) return page
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`No window matching ${match} opened. App output:\n${this.output.join('')}`)
  }

  /** Waits for the process to end by itself (after a quit), or kills it after `timeoutMs`. */
  async waitForExit(timeoutMs = 15_000): Promise<ExitReport & { timedOut: boolean }> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<'timeout'>(
      (r) => (timer = setTimeout(() => r('timeout'), timeoutMs)),
    )
    const result = await Promise.race([this.exited, timeout])
    clearTimeout(timer)
    if (result === 'timeout') {
      this.killGroup()
      return { ...(await this.exited), timedOut: true }
    }
    return { ...result, timedOut: false }
  }

  async dispose(): Promise<void> {
    await this.browser?.close().catch(() => undefined)
    if (this.child.exitCode === null && this.child.signalCode === null) {
      await Promise.race([
        this.command({ name: 'close-browser' }).catch(() => undefined),
        new Promise((r) => setTimeout(r, 5_000)),
      ])
      this.killGroup()
      await this.exited
    }
    if (this.ownsUserData) {
      rmSync(this.config.userData, {
        recursive: true,
        force: true,
        maxRetries: 10,
        retryDelay: 100,
      })
    }
  }

  /** Kills the app and whatever else runs in its process group (see `detached`). */
  private killGroup(): void {
    const pid = this.child.pid
    if (pid === undefined) return
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // The group has already gone.
    }
  }
}

export function launchStandIn(options: LaunchOptions = {}): StandInApp {
  const boot = buildStandIn()
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'loosen-standin-'))
  const config: StandInConfig = {
    platform: options.platform ?? 'linux',
    appPath: options.appPath ?? REPO,
    userData,
    argv: options.argv ?? [],
    openedAtLogin: options.openedAtLogin ?? false,
    macSigned: options.macSigned ?? false,
    isPackaged: options.isPackaged ?? false,
    startTime: options.startTime ?? Date.parse('2026-11-30T10:00:00'),
    chromium: {
      executablePath: systemChromium(),
      // Chromium's own language follows the system's, as Electron's does (navigator.languages).
      args: [
        ...chromiumArgs(),
        ...(options.languages?.[0] === undefined ? [] : [`--lang=${options.languages[0]}`]),
      ],
      headless: options.headless ?? true,
    },
    ...(options.saveDialogPath === undefined ? {} : { saveDialogPath: options.saveDialogPath }),
    ...(options.openDialogPaths === undefined ? {} : { openDialogPaths: options.openDialogPaths }),
    ...(options.displays === undefined ? {} : { displays: options.displays }),
    ...(options.languages === undefined ? {} : { languages: options.languages }),
  }
  const path = [process.env['PATH'] ?? '']
  if (options.statusNotifierHost !== undefined) {
    const bin = join(userData, 'standin-bin')
    mkdirSync(bin, { recursive: true })
    writeFileSync(
      join(bin, 'gdbus'),
      `#!/bin/sh\necho '(${String(options.statusNotifierHost)},)'\n`,
      { mode: 0o755 },
    )
    path.unshift(bin)
  }
  const child = fork(boot, [], {
    execArgv: ['--expose-gc'],
    env: {
      ...process.env,
      ...options.env,
      LOOSEN_STANDIN_CONFIG: JSON.stringify(config),
      XDG_CONFIG_HOME: join(userData, 'xdg-config'),
      PATH: path.join(':'),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // Its own process group, so dispose() can end the Chromium it launched along with it.
    detached: true,
  })
  return new StandInApp(child, config, options.userData === undefined)
}
