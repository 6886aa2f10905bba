import { mkdtempSync, rmSync } from 'node:fs'
import { diskCatalogueSet } from '../../support/catalogues-on-disk'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import type { ChannelName, LoosenEvent } from '../../../electron/shared/contract'
import type { Result } from '../../../electron/shared/result'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { createManualWorld, type ManualWorld } from '../../../electron/main/reminders/manual-world'
import { systemTimeZone } from '../../../electron/shared/reminders/zoned-time'
import { HARNESS_ORIGIN, serveRenderer } from './serve-renderer'
import { decodeWire, encodeWire } from './wire'

const BRIDGE_SCRIPT = resolve(__dirname, '../../../out/harness/bridge.js')

/** Main-side wall clock the test moves by hand. */
export class HarnessClock {
  constructor(private current: number) {}
  now = (): number => this.current
  set(epochMs: number): void {
    this.current = epochMs
  }
  advance(ms: number): void {
    this.current += ms
  }
}

export interface LoosenHarness {
  page: Page
  dataFolder: string
  clock: HarnessClock
  services: () => MainServices
  /** Every event main pushed to the page, in order. */
  events: LoosenEvent[]
  /** Loads the app at a screen (default: the start screen). */
  open(hash?: string): Promise<void>
  /** Calls main directly, as the renderer would. */
  invoke(channel: ChannelName, payload?: unknown): Promise<Result<unknown>>
  /** Stops and restarts the main-side services on the same data folder, like quitting the app. */
  restartServices(): void
  /** Marks the welcome as done (and its self-care note as read) so a test starts on a quiet screen. */
  acknowledgeFirstRun(): Promise<void>
  /** Break reminders' desktop: idle time to set, notifications shown (with click), timers. */
  reminders: ReminderHarness
}

export interface ReminderHarness {
  world: ManualWorld
  /** Lets `ms` pass with the computer awake: main's timers fire on the way, on the harness clock. */
  advance(ms: number): void
}

export const test = base.extend<{ loosen: LoosenHarness }>({
  loosen: async ({ page, locale }, use) => {
    const dataFolder = mkdtempSync(join(tmpdir(), 'loosen-e2e-'))
    const clock = new HarnessClock(Date.parse('2026-11-23T09:00:00Z'))
    const events: LoosenEvent[] = []
    const reminderWorld = createManualWorld(systemTimeZone())
    const catalogues = diskCatalogueSet()
    const start = () =>
      createMainServices({
        dataFolder,
        appVersion: '0.0.0-test',
        platform: process.platform,
        now: clock.now,
        emit: (event) => {
          events.push(event)
          // One string, as the answers (./wire.ts): Playwright's serializer pays by the value.
          const text = encodeWire(event)
          void page.evaluate((t) => window.__loosenDeliver(t), text).catch(() => undefined)
        },
        log: { error: (message, error) => console.error(message, error) },
        reminders: reminderWorld,
        // Main hears the page's language list, as Electron's main hears the system's.
        preferredLanguages: () => [locale ?? 'en-US'],
        catalogues,
      })
    let services = start()

    await serveRenderer(page)
    await page.exposeFunction('__loosenInvoke', async (request: string) => {
      const [channel, payload] = decodeWire(request) as [string, unknown]
      return encodeWire(await services.dispatch(channel, payload))
    })
    await page.addInitScript({ path: BRIDGE_SCRIPT })

    const harness: LoosenHarness = {
      page,
      dataFolder,
      clock,
      services: () => services,
      events,
      open: async (hash = '') => {
        await page.goto(`${HARNESS_ORIGIN}/index.html${hash}`)
        await expect(page.locator('h1.screen-title')).toBeVisible()
      },
      invoke: (channel, payload) => services.dispatch(channel, payload),
      restartServices: () => {
        services.close()
        services = start()
      },
      acknowledgeFirstRun: async () => {
        await services.dispatch('settings:update', {
          firstRunAcknowledged: true,
          onboardingDone: true,
        })
      },
      reminders: {
        world: reminderWorld,
        advance: (ms) => {
          reminderWorld.scheduler.runUntil(clock.now() + ms, (t) => clock.set(t), clock.now)
        },
      },
    }
    await use(harness)
    // The page's last save (pagehide) must reach an open database, as it would in the app.
    await page.close({ runBeforeUnload: false })
    services.close()
    rmSync(dataFolder, { recursive: true, force: true })
  },
})

export { expect }
