import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, type LoosenHarness } from './harness/fixtures'
import { seedPrompts } from './harness/seed-prompts'

// Issue 13, "Insights that tell a story": what a person sees on Insights with a few weeks of
// check-ins, practices rated before and after, and sitting records.

const HOUR = 3_600_000
const DAY = 24 * HOUR

async function ok(
  loosen: LoosenHarness,
  channel: Parameters<LoosenHarness['invoke']>[0],
  payload: unknown,
) {
  const answer = await loosen.invoke(channel, payload)
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`)
  return answer.value
}

async function practise(
  loosen: LoosenHarness,
  practiceId: string,
  practiceTitle: string,
  startedAt: number,
  rating?: { before: number; after: number },
) {
  const id = randomUUID()
  await ok(loosen, 'practice:recordSession', {
    id,
    practiceId,
    practiceTitle,
    plannedMs: 600_000,
    actualMs: 600_000,
    status: 'completed',
    startedAt,
    endedAt: startedAt + 600_000,
  })
  if (!rating) return
  await ok(loosen, 'log:addRating', {
    value: rating.before,
    takenAt: startedAt,
    sessionId: id,
    phase: 'before',
  })
  await ok(loosen, 'log:addRating', {
    value: rating.after,
    takenAt: startedAt + 600_000,
    sessionId: id,
    phase: 'after',
  })
}

/**
 * Check-ins of 7 five to eight weeks ago and of 4 in the last three weeks; Resonance rated
 * before and after six times (7 → 4); Box breathing practised more often but rated twice
 * (8 → 2: "100%" from two sessions); sitting days of two to seven hours.
 */
async function seedStory(loosen: LoosenHarness) {
  await loosen.acknowledgeFirstRun()
  const now = loosen.clock.now()
  for (let d = 35; d <= 55; d += 4)
    await ok(loosen, 'log:addRating', { value: 7, takenAt: now - d * DAY })
  for (let d = 1; d <= 21; d += 3)
    await ok(loosen, 'log:addRating', { value: 4, takenAt: now - d * DAY - 2 * HOUR })
  for (let i = 0; i < 6; i++)
    await practise(loosen, 'resonance', 'Resonance breathing', now - (2 + 2 * i) * DAY - 5 * HOUR, {
      before: 7,
      after: 4,
    })
  for (let i = 0; i < 8; i++) {
    const rating = i < 2 ? { before: 8, after: 2 } : undefined
    await practise(
      loosen,
      'box-breathing',
      'Box Breathing',
      now - (3 + 2 * i) * DAY - 6 * HOUR,
      rating,
    )
  }
  const db = loosen.services().database.db
  const span = db.prepare('INSERT INTO sitting_spans (id, started_at, ended_at) VALUES (?, ?, ?)')
  for (let d = 1; d <= 14; d++) {
    const start = now - d * DAY - 8 * HOUR
    span.run(randomUUID(), start, start + (2 + (d % 6)) * HOUR)
  }
}

function trendChart(page: Page) {
  return page.locator('section[aria-labelledby="trend-title"] .line-chart')
}

test.describe('Insights that tell a story', () => {
  test('a headline says where the everyday check-ins stand, in words about ratings', async ({
    loosen,
  }) => {
    const { page } = loosen
    await seedStory(loosen)
    await loosen.open('#/insights')
    // Only the check-ins count: 4 against 7, whatever the practice ratings were.
    await expect(page.locator('#insights-headline')).toHaveText(
      'Average 4.0 over the last 30 days, down 3.0 from the 30 days before.',
    )
    await expect(page.getByText(/From 7 everyday check-ins, as you rated your hips/)).toBeVisible()
  })

  test('the trend keeps check-ins apart from the ratings around a practice', async ({ loosen }) => {
    const { page } = loosen
    await seedStory(loosen)
    await loosen.open('#/insights')
    const legend = trendChart(page).locator('.u-legend .u-label')
    await expect(legend).toHaveText([
      'Date',
      'Daily check-ins',
      '7-day average',
      'Before a practice',
      'After a practice',
    ])
    await page.getByRole('button', { name: 'Show tension as a table' }).click()
    // A day with a check-in of 4 and a practice rated 7 → 4 reads 4, not the 5 of all three.
    const row = page
      .locator('section[aria-labelledby="trend-title"] tbody tr')
      .filter({ has: page.locator('td', { hasText: '7.0' }) })
      .first()
    await expect(row.locator('td').nth(3)).toHaveText('7.0')
  })

  test('the legend never reads "Time: --" and the hover values are plain dates and one decimal', async ({
    loosen,
  }) => {
    const { page } = loosen
    await seedStory(loosen)
    await loosen.open('#/insights')
    const chart = trendChart(page)
    await expect(chart).toHaveAttribute('data-drawn', /\d+/)
    await expect(chart.locator('.u-legend')).not.toContainText('Time')
    await expect(chart.locator('.u-legend')).not.toContainText('--')
    const box = await chart.locator('.u-over').boundingBox()
    if (!box) throw new Error('no plot area')
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2)
    const values = await chart.locator('.u-legend .u-value').allTextContents()
    expect(values[0]).toMatch(/^[A-Z][a-z]{2} \d{1,2}, 2026$/)
    for (const value of values.slice(1)) expect(value).toMatch(/^(\d{1,2}(\.\d)?)?$/)
  })

  test('the 7-day average is not drawn in the warning red, in either theme', async ({ loosen }) => {
    const { page } = loosen
    await seedStory(loosen)
    for (const theme of ['light', 'dark'] as const) {
      await loosen.invoke('settings:update', { theme })
      await loosen.open('#/insights')
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      const marker = trendChart(page)
        .locator('.u-series', { hasText: '7-day average' })
        .locator('.u-marker')
      const [stroke, danger] = await marker.evaluate((element) => {
        const probe = document.createElement('span')
        probe.style.color = 'var(--danger)'
        document.body.append(probe)
        const red = getComputedStyle(probe).color
        probe.remove()
        return [getComputedStyle(element).borderTopColor, red]
      })
      expect(stroke).not.toBe(danger)
    }
  })

  test('sitting is shown on the one self-rating scale, with no second y-axis', async ({
    loosen,
  }) => {
    const { page } = loosen
    await seedStory(loosen)
    await loosen.open('#/insights')
    const sitting = page.locator('section[aria-labelledby="sitting-title"]')
    await expect(sitting.locator('[data-band]')).toHaveCount(8)
    await expect(sitting.locator('.u-axis')).toHaveCount(0)
    await expect(sitting.locator('[data-band="6 hours or more"]')).toContainText('4.0 · 4 days')
  })

  test('"What seems to help" puts enough rated sessions first and says "too few sessions yet"', async ({
    loosen,
  }) => {
    const { page } = loosen
    await seedStory(loosen)
    await loosen.open('#/insights')
    const rows = page.locator('section[aria-labelledby="practice-title"] li')
    await expect(rows.locator('h3')).toHaveText(['Resonance breathing', 'Box Breathing'])
    await expect(
      rows.first().getByRole('img', { name: 'Average before 7.0, after 4.0, out of 10' }),
    ).toBeVisible()
    await expect(rows.nth(1)).toContainText('Too few sessions yet: 2 of 5 rated before and after.')
    await expect(rows.nth(1)).not.toContainText('100%')
  })

  test('one rating sits on its date on an axis of days, not at midnight on a 12am/12pm axis', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.invoke('log:addRating', { value: 5 })
    await loosen.open('#/insights')
    const chart = trendChart(page)
    await expect(chart).toHaveAttribute('data-drawn', '1')
    const ticks = (await chart.getAttribute('data-x-ticks'))?.split('|') ?? []
    expect(ticks.length).toBeGreaterThan(1)
    for (const tick of ticks) expect(tick).not.toMatch(/am|pm|:\d\d/i)
  })

  test('nothing scrolls sideways at 800×600 with every section filled and its table open', async ({
    loosen,
  }) => {
    const { page } = loosen
    await seedStory(loosen)
    seedPrompts(loosen)
    await page.setViewportSize({ width: 800, height: 600 })
    await loosen.open('#/insights')
    const sideways = () =>
      page.evaluate(() => {
        const screen = document.querySelector('[data-insights-range]')
        return [
          document.documentElement.scrollWidth - document.documentElement.clientWidth,
          screen ? screen.scrollWidth - screen.clientWidth : 0,
        ]
      })
    await expect(trendChart(page)).toHaveAttribute('data-drawn', /\d+/)
    expect(await sideways()).toEqual([0, 0])
    const toggles = page.getByRole('button', { name: /^Show .* as a table$/ })
    await expect(toggles).not.toHaveCount(0)
    while ((await toggles.count()) > 0) await toggles.first().click()
    expect(await sideways()).toEqual([0, 0])
  })
})

// Beside screens-look.spec.ts's shots of every screen: Insights with every section filled.
const SHOTS = resolve(__dirname, '../../test-results/screenshots')

for (const theme of ['light', 'dark'] as const) {
  test(`Insights with a story to tell, ${theme} theme, written to test-results/screenshots`, async ({
    loosen,
  }) => {
    const { page } = loosen
    mkdirSync(SHOTS, { recursive: true })
    await seedStory(loosen)
    seedPrompts(loosen)
    await loosen.invoke('settings:update', { theme })
    for (const size of [
      { width: 1280, height: 800 },
      { width: 800, height: 600 },
    ]) {
      await page.setViewportSize(size)
      await loosen.open('#/insights')
      await expect(trendChart(page)).toHaveAttribute('data-drawn', /\d+/)
      // The same URL again is a same-page visit: the charts follow the new width when their
      // ResizeObserver fires, which under load can come a frame or two after the first look.
      await expect
        .poll(() =>
          page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        )
        .toBeLessThanOrEqual(0)
      await page.screenshot({
        path: join(
          SHOTS,
          `insights-story-${theme}-${String(size.width)}x${String(size.height)}.png`,
        ),
        fullPage: true,
      })
    }
  })
}

test.describe('Insights in another locale', () => {
  test.use({ locale: 'de-DE' })

  test('hover values follow the locale: German dates and a decimal comma', async ({ loosen }) => {
    const { page } = loosen
    await seedStory(loosen)
    await loosen.open('#/insights')
    const chart = trendChart(page)
    await expect(chart).toHaveAttribute('data-drawn', /\d+/)
    const box = await chart.locator('.u-over').boundingBox()
    if (!box) throw new Error('no plot area')
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2)
    const values = await chart.locator('.u-legend .u-value').allTextContents()
    expect(values[0]).toMatch(/^\d{1,2}\. [A-Za-zä]+\.? 2026$/)
    for (const value of values.slice(1)) expect(value).toMatch(/^(\d{1,2}(,\d)?)?$/)
  })
})
