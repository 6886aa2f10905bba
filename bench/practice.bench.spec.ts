import { expect, test } from '../tests/e2e/harness/fixtures'
import { recordFigure } from './record'

const MINUTE = 60_000

test('a 20-minute body scan with a 5-minute frozen gap ends on time', async ({ loosen }) => {
  const { page } = loosen
  await page.clock.install({ time: loosen.clock.now() })
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/practice/hip-pelvis-body-scan')
  await page.getByRole('radio', { name: '20 min' }).check()
  await expect(page.getByText('Sounds ready.')).toBeVisible()
  const start = (await page.evaluate(() => Date.now())) + 500
  await page.clock.pauseAt(start)
  // Main's clock is set past the end, so the final save is not "in the future" for it.
  loosen.clock.set(start + 21 * MINUTE)
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByText('Step 1 of 11')).toBeVisible()

  await page.clock.runFor(8 * MINUTE)
  // Like a closed lid or a frozen window: five minutes pass and each due timer fires once at most.
  await page.clock.fastForward(5 * MINUTE)
  await page.clock.runFor(7 * MINUTE + 2_000)
  await expect(page.getByRole('heading', { name: 'Well done.' })).toBeVisible()

  const row = loosen
    .services()
    .database.db.prepare('SELECT planned_ms, actual_ms FROM practice_sessions')
    .get() as { planned_ms: number; actual_ms: number }
  // The recorded practice time is read at the moment the player noticed the end.
  recordFigure('session_end_error_ms', Math.abs(row.actual_ms - row.planned_ms))
})

test('the pacer costs little main-thread time and memory while it runs', async ({ loosen }) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/practice/box-breathing')
  await expect(page.getByText('Sounds ready.')).toBeVisible()
  await page.getByRole('button', { name: 'Start' }).click()
  // Straight to the paced step, so the whole measurement has the pacer breathing.
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.pacer-label')).toHaveText('Breathe in')

  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics')
    return Object.fromEntries(list.map((m) => [m.name, m.value]))
  }
  // Let the first steps settle, then measure a stretch with the pacer moving.
  await page.waitForTimeout(1_500)
  const before = await metrics()
  const wallStart = Date.now()
  await page.waitForTimeout(8_000)
  const after = await metrics()
  const wallS = (Date.now() - wallStart) / 1000
  const busyS = (after['TaskDuration'] ?? 0) - (before['TaskDuration'] ?? 0)
  // The pacer really is moving: by a compositor animation, not by script each frame.
  const animations = await page
    .locator('.pacer-circle')
    .evaluate((el) => el.getAnimations().map((a) => a.playState))
  expect(animations).toEqual(['running'])
  recordFigure('pacer_main_thread_pct', Number(((busyS / wallS) * 100).toFixed(2)))
  recordFigure('session_heap_mb', Number(((after['JSHeapUsedSize'] ?? 0) / 1024 / 1024).toFixed(2)))
})
