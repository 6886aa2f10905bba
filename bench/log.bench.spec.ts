import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '../electron/main/services'
import type { LoosenHarness } from '../tests/e2e/harness/fixtures'
import { expect as baseExpect, test } from '../tests/e2e/harness/fixtures'
import { recordFigure } from './record'
import { cachedDatabase } from './support/cached-database'
import { median, round } from './support/stats'

/** The bench shares a busy 2-core machine: waiting for the page is not what it measures. */
const expect = baseExpect.configure({ timeout: 20_000 })

/** Restarts main on a copy of the cached history, as if the app were started on that profile. */
function useHistory(loosen: LoosenHarness, ratings: number): void {
  const source = cachedDatabase(ratings)
  const services = loosen.services()
  const close = services.close.bind(services)
  services.close = () => {
    close()
    const file = join(loosen.dataFolder, DATABASE_FILE_NAME)
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true })
    copyFileSync(source, file)
  }
  loosen.restartServices()
}

/** Marks the key press and uPlot's first full draw in the page, so polling is not timed. */
async function watchChart(loosen: LoosenHarness, range: string): Promise<void> {
  await loosen.page.evaluate((selector) => {
    const marks = { start: 0, end: 0 }
    Object.assign(window, { __benchMarks: marks })
    window.addEventListener('keydown', () => (marks.start = window.performance.now()), {
      capture: true,
    })
    new MutationObserver(() => {
      if (!marks.end && document.querySelector(selector)) marks.end = window.performance.now()
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] })
  }, `[data-insights-range="${range}"] .line-chart[data-drawn]`)
}

const CASES: [number, string, 'all' | '30', string][] = [
  [100_000, '100k', 'all', 'all'],
  [100_000, '100k', '30', '30d'],
  [1_000_000, '1m', 'all', 'all'],
  [1_000_000, '1m', '30', '30d'],
]

for (const [ratings, sizeLabel, range, rangeLabel] of CASES) {
  test(`Insights "${rangeLabel}" over ${sizeLabel} ratings, key press to chart`, async ({
    loosen,
  }) => {
    test.setTimeout(600_000)
    const { page } = loosen
    useHistory(loosen, ratings)
    await loosen.acknowledgeFirstRun()
    await loosen.invoke('settings:update', { logInsightsRange: range })
    await loosen.open('#/about')
    await watchChart(loosen, range)
    const chart = page.locator(`[data-insights-range="${range}"] .line-chart[data-drawn]`).first()
    const times: number[] = []
    for (let round = 0; round < 4; round++) {
      // A new rating before each round empties the Insights cache, so every round pays for
      // the query as well as the render: "open Insights right after logging".
      loosen.clock.advance(60_000)
      await loosen.invoke('log:addRating', { value: round })
      await page.evaluate(() => {
        const marks = (window as unknown as { __benchMarks: { start: number; end: number } })
          .__benchMarks
        marks.start = 0
        marks.end = 0
      })
      await page.keyboard.press('Alt+3')
      await chart.waitFor({ state: 'visible', timeout: 60_000 })
      await expect(page.getByText('What seems to help')).toBeVisible()
      if (range === 'all') {
        // The count as the page writes it (en-US groups thousands: "1,000,001 self-ratings").
        const total = (ratings + round + 1).toLocaleString('en-US')
        await expect(page.getByText(`${total} self-ratings`)).toBeVisible()
      }
      times.push(
        await page.evaluate(() => {
          const marks = (window as unknown as { __benchMarks: { start: number; end: number } })
            .__benchMarks
          return marks.end - marks.start
        }),
      )
      await page.keyboard.press('Alt+6')
      await expect(page.locator('h1.screen-title')).toHaveText('About & help')
    }
    // The first round also loads uPlot's code; later rounds are what switching screens feels.
    recordFigure(`insights_ms_${rangeLabel}_${sizeLabel}`, round(median(times.slice(1))))
  })
}
