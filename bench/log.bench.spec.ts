import { randomUUID } from 'node:crypto'
import type { Database } from '../electron/main/db/sqlite'
import { inTransaction } from '../electron/main/db/sqlite'
import { HIP_REGIONS } from '../electron/shared/contract/log'
import { expect, test } from '../tests/e2e/harness/fixtures'
import { recordFigure } from './record'

const RATINGS = 100_000
const SESSIONS = 20_000
const DAY = 86_400_000
const SPAN_DAYS = 3 * 365
const PRACTICES = ['body-scan', 'belly-breathing', 'resonance', 'cyclic-sighing', 'box-breathing']

/** Three years of heavy use, written straight into the database. */
function seed(db: Database, now: number) {
  inTransaction(db, () => {
    const rating = db.prepare(
      `INSERT INTO ratings (id, value, taken_at, utc_offset_min, note, session_id, phase, created_at, updated_at)
       VALUES (?, ?, ?, 0, '', ?, ?, ?, ?)`,
    )
    const region = db.prepare(
      'INSERT INTO rating_regions (rating_id, region, value) VALUES (?, ?, ?)',
    )
    const session = db.prepare(
      `INSERT INTO practice_sessions (id, practice_id, practice_title, planned_ms, actual_ms, status, started_at, ended_at)
       VALUES (?, ?, ?, 600000, 600000, 'completed', ?, ?)`,
    )
    for (let i = 0; i < SESSIONS; i++) {
      const id = `session-${i}`
      const start = now - Math.floor((i / SESSIONS) * SPAN_DAYS * DAY) - 3_600_000
      const practice = PRACTICES[i % PRACTICES.length] ?? 'body-scan'
      session.run(id, practice, practice, start, start + 600_000)
      const before = 3 + (i % 7)
      rating.run(randomUUID(), before, start, id, 'before', start, start)
      rating.run(
        randomUUID(),
        Math.max(0, before - (i % 4)),
        start + 600_000,
        id,
        'after',
        start,
        start,
      )
    }
    for (let i = 0; i < RATINGS - 2 * SESSIONS; i++) {
      const id = randomUUID()
      const at = now - Math.floor((i / (RATINGS - 2 * SESSIONS)) * SPAN_DAYS * DAY) - 60_000
      rating.run(id, i % 11, at, null, null, at, at)
      if (i % 5 === 0) region.run(id, HIP_REGIONS[i % HIP_REGIONS.length] ?? 'sacrum', i % 11)
    }
  })
}

test('opening Insights for "all" with 100,000 ratings and 20,000 sessions', async ({ loosen }) => {
  test.setTimeout(120_000)
  const { page } = loosen
  seed(loosen.services().database.db, loosen.clock.now())
  await loosen.acknowledgeFirstRun()
  await loosen.invoke('settings:update', { logInsightsRange: 'all' })
  await loosen.open('#/about')
  const chart = page.locator('[data-insights-range="all"] .line-chart[data-drawn]').first()

  // Timed inside the page, from the key press to uPlot's first draw of the full chart, so the
  // figure is what a person sees and not Playwright's polling.
  await page.evaluate(() => {
    const marks = { start: 0, end: 0 }
    Object.assign(window, { __benchMarks: marks })
    window.addEventListener('keydown', () => (marks.start = window.performance.now()), {
      capture: true,
    })
    new MutationObserver(() => {
      if (
        !marks.end &&
        document.querySelector('[data-insights-range="all"] .line-chart[data-drawn]')
      ) {
        marks.end = window.performance.now()
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] })
  })
  const times: number[] = []
  for (let round = 0; round < 6; round++) {
    // A new rating before each round empties the Insights cache, so every round pays for the
    // full query as well as the render: the figure is "open Insights right after logging".
    await loosen.invoke('log:addRating', { value: round })
    await page.evaluate(() => {
      const marks = (window as unknown as { __benchMarks: { start: number; end: number } })
        .__benchMarks
      marks.start = 0
      marks.end = 0
    })
    await page.keyboard.press('Alt+3')
    await chart.waitFor({ state: 'visible' })
    await expect(page.getByText('What seems to help')).toBeVisible()
    // The chart shows all the data, including the rating just added.
    await expect(page.getByText(`${RATINGS + round + 1} self-ratings`)).toBeVisible()
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
  // The first round also loads uPlot's code; later rounds are what someone switching screens feels.
  const settled = times.slice(1).sort((a, b) => a - b)
  recordFigure(
    'insights_all_ms_100k',
    Number((settled[Math.floor(settled.length / 2)] ?? 0).toFixed(1)),
  )
})
