import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Result } from '../../electron/shared/result'
import type { WindowState } from './messages'
import { launchStandIn, type LaunchOptions, type StandInApp } from './launch'

// A Playwright fixture that launches the built app under the stand-in and always cleans up,
// plus the few steps many scenarios share.

export const test = base.extend<{ launch: (options?: LaunchOptions) => StandInApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first.
  launch: async ({}, use) => {
    const apps: StandInApp[] = []
    await use((options) => {
      const app = launchStandIn(options)
      apps.push(app)
      return app
    })
    for (const app of apps.reverse()) await app.dispose()
  },
})

export { expect }

/** Calls main as the app's own window would, through the app's real ipcMain handler. */
export async function invokeFromWindow(app: StandInApp, channel: string, payload?: unknown) {
  return app.command<Result<unknown>>({ name: 'ipc-invoke', channel, payload, sender: 'window' })
}

/** The app's main window once it is on screen (after ready-to-show). */
export async function shownWindow(app: StandInApp): Promise<WindowState> {
  const state = await until(
    () => app.state(),
    (s) => s.windows.some((w) => w.visible),
  )
  const window = state.windows.find((w) => w.visible)
  if (!window) throw new Error(`No window came on screen: ${JSON.stringify(state.windows)}`)
  return window
}

export async function acknowledgeFirstRun(app: StandInApp): Promise<void> {
  await shownWindow(app)
  const result = await invokeFromWindow(app, 'settings:update', {
    firstRunAcknowledged: true,
    onboardingDone: true,
  })
  expect(result.ok).toBe(true)
}

/** The arguments the OS passes when it starts Loosen at login, per platform. */
export function loginLaunch(
  app: StandInApp,
  platform: 'linux' | 'darwin' | 'win32',
): LaunchOptions {
  if (platform === 'darwin') return { platform, userData: app.userData, openedAtLogin: true }
  if (platform === 'win32') {
    const stored = JSON.parse(
      readFileSync(join(app.userData, 'standin-login-item.json'), 'utf8'),
    ) as {
      args: string[]
    }
    return { platform, userData: app.userData, argv: stored.args }
  }
  const folder = join(app.userData, 'xdg-config', 'autostart')
  const [entry] = readdirSync(folder)
  const exec = readFileSync(join(folder, entry ?? ''), 'utf8').match(/^Exec=(.*)$/m)?.[1] ?? ''
  // The command itself (node and the app folder in a dev run) is the stand-in's; keep the flags.
  return {
    platform,
    userData: app.userData,
    argv: exec.split(' ').filter((part) => part.startsWith('--')),
  }
}

export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read()
  for (let i = 0; i < 100 && !done(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await read()
  }
  return value
}
