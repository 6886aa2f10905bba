import type { CDPSession, Page } from '@playwright/test'
import type { Result } from '../../electron/shared/result'
import { expect, test } from './harness/fixtures'

/**
 * A 2-minute timer with a bell every minute, run in real time while Chromium holds the page
 * back twice: over the interval bell at 1:00 and over the end at 2:00.
 *
 * What holds the page back: headless Chromium keeps every page "visible", so it neither
 * throttles background timers nor lets a visible page be frozen (Page.setWebLifecycleState
 * has no effect on it). The DevTools debugger does stop it for real: with the renderer's main
 * thread paused, no timer, frame or task of the page runs, while the clocks go on; on resume
 * the overdue timers fire late, as after App Nap, a frozen tab or a sleeping machine. The
 * page's clocks are real (no Playwright clock), and main's clock follows the real one.
 */
const PLANNED_MS = 120_000
const soft = expect.configure({ soft: true })

interface AudioEntry {
  sound: string
  at: number
  lateMs?: number
}

interface Save {
  payload: { status: string; actualMs: number; running?: boolean }
  ok: boolean
  stored: { status: string; actual_ms: number } | undefined
}

async function holdBack(cdp: CDPSession, until: number): Promise<void> {
  const paused = new Promise((resolve) => cdp.once('Debugger.paused', resolve))
  await cdp.send('Debugger.pause')
  // The pause takes hold as soon as the page runs anything (a frame, the player's timer).
  await paused
  await sleepUntil(until)
  await cdp.send('Debugger.resume')
}

function sleepUntil(epochMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, epochMs - Date.now())))
}

function audioLog(page: Page): Promise<AudioEntry[]> {
  return page.evaluate(() => window.__loosenAudioLog ?? [])
}

test('a timer held back by Chromium rings its late bells once and saves its planned length', async ({
  loosen,
}) => {
  test.setTimeout(240_000)
  const { page } = loosen
  loosen.clock.set(Date.now())
  const follow = setInterval(() => loosen.clock.set(Date.now()), 50)
  try {
    // Every save as main received it, with what it stored right after.
    const main = loosen.services()
    const dispatch = main.dispatch
    const saves: Save[] = []
    main.dispatch = async (channel, payload) => {
      const result: Result<unknown> = await dispatch(channel, payload)
      if (channel === 'practice:recordSession') {
        saves.push({
          payload: payload as Save['payload'],
          ok: result.ok,
          stored: main.database.db
            .prepare('SELECT status, actual_ms FROM practice_sessions')
            .get() as Save['stored'] | undefined,
        })
      }
      return result
    }

    await loosen.acknowledgeFirstRun()
    await loosen.open('#/practice/open-timer')
    await page.getByLabel('Warm-up before the start bell').selectOption('0')
    await page.getByLabel('Length').selectOption('2')
    await page.getByLabel('Interval bell').selectOption('1')
    await expect(page.getByText('Sounds ready.')).toBeVisible()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Debugger.enable')
    await page.getByRole('button', { name: 'Start' }).click()
    const startedAt = Date.now()
    await expect
      .poll(async () => (await audioLog(page)).map((e) => e.sound))
      .toEqual(['bell-start'])

    // Held back from 0:52 to 1:08: the bell at 1:00 falls due unseen.
    await sleepUntil(startedAt + 52_000)
    await holdBack(cdp, startedAt + 68_000)
    // Soft checks from here on, so a failure still shows everything that went wrong.
    await soft
      .poll(async () => (await audioLog(page)).filter((e) => e.sound === 'bell-interval'))
      .toHaveLength(1)
    const interval = (await audioLog(page)).find((e) => e.sound === 'bell-interval')
    soft(interval?.lateMs).toBeGreaterThan(1_500)
    soft(interval?.lateMs).toBeLessThan(20_000)

    // Held back from 1:52 to 2:06: the end passes unseen.
    await sleepUntil(startedAt + 112_000)
    await holdBack(cdp, startedAt + 126_000)
    await expect(page.getByRole('heading', { name: 'Well done.' })).toBeVisible()
    await soft
      .poll(async () => (await audioLog(page)).filter((e) => e.sound === 'bell-end'))
      .toHaveLength(1)
    const row = main.database.db
      .prepare('SELECT status, planned_ms, actual_ms, started_at, ended_at FROM practice_sessions')
      .get() as Record<string, number | string>
    const log = await audioLog(page)
    test.info().annotations.push({
      type: 'measured',
      description: JSON.stringify({
        bells: log.map((e) => [e.sound, e.lateMs ?? 0]),
        recordedMinusPlannedMs: Number(row['actual_ms']) - PLANNED_MS,
        saves: saves.map((s) => [s.payload.status, s.payload.actualMs, s.payload.running, s.ok]),
      }),
    })
    // One bell each: none lost, none in a burst; the end bell is marked late too.
    soft(log.map((e) => e.sound)).toEqual(['bell-start', 'bell-interval', 'bell-end'])
    soft(log.at(-1)?.lateMs).toBeGreaterThan(1_500)
    soft(row).toMatchObject({ status: 'completed', planned_ms: PLANNED_MS, actual_ms: PLANNED_MS })
    soft(Number(row['ended_at']) - Number(row['started_at'])).toBeGreaterThanOrEqual(PLANNED_MS)
    // No save, and nothing stored on the way, ever had more than planned or failed.
    soft(saves.every((s) => s.ok && s.payload.actualMs <= PLANNED_MS)).toBe(true)
    soft(saves.every((s) => (s.stored?.actual_ms ?? 0) <= PLANNED_MS)).toBe(true)
    soft(saves.at(-1)?.payload).toMatchObject({ status: 'completed', running: false })
  } finally {
    clearInterval(follow)
  }
})
