import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, type LoosenHarness } from './harness/fixtures'

// The tactile check-in: one 0–10 scale, a hip-and-pelvis map whose places are clicked or
// typed, the time as "Now" with one button, and a confirmation in view wherever the form is.

const SHOTS = resolve(__dirname, '../../test-results/screenshots')

async function severeProblems(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

function stored(loosen: LoosenHarness) {
  return loosen
    .services()
    .database.db.prepare(
      `SELECT r.value, (SELECT group_concat(region || '=' || value, ',') FROM (SELECT region, value FROM rating_regions WHERE rating_id = r.id ORDER BY region)) AS regions FROM ratings r`,
    )
    .all()
}

test('a keyboard-only check-in with a place on the map: few Tab stops from the scale to Save', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/log')
  const form = page.getByRole('form', { name: 'New self-rating' })
  const scale = form.getByRole('slider', { name: 'How tense do your hips feel?' })
  await scale.focus()
  await page.keyboard.press('6')
  await expect(scale).toHaveAttribute('aria-valuetext', '6 of 10')

  // Scale → summary (open it) → Change time → the map, one Tab stop each.
  await page.keyboard.press('Tab')
  await expect(form.locator('summary')).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(form.getByRole('button', { name: 'Change time' })).toBeFocused()
  await page.keyboard.press('Tab')
  const first = form.getByRole('slider', { name: 'Right front of hip (front)' })
  await expect(first).toBeFocused()
  // Arrows walk left to right across the picture; a number sets the place.
  for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight')
  const sacrum = form.getByRole('slider', { name: 'Sacrum / SI joint (back)' })
  await expect(sacrum).toBeFocused()
  await page.keyboard.press('4')
  await page.keyboard.press('ArrowUp')
  await expect(sacrum).toHaveAttribute('aria-valuetext', '5 of 10')
  await expect(form.getByRole('list', { name: 'Places chosen' })).toHaveText(
    'Sacrum / SI joint: 5 of 10',
  )

  // Count the Tab stops from the scale to Save (the old form had 20 and more: 11 for the
  // number, the date's 7 parts, 9 region boxes, note, tags).
  await scale.focus()
  const save = form.getByRole('button', { name: 'Save self-rating' })
  let stops = 0
  while (!(await save.evaluate((el) => el === document.activeElement)) && stops < 40) {
    await page.keyboard.press('Tab')
    stops += 1
  }
  // Tab presses: summary, Change time, the map, the note, then the tag picker's own stops and
  // Save (the old form took 19 besides the tags: its date alone had 7, the regions 9).
  const tagStops = await form.locator('[class*="tag-picker"]').locator('input, button').count()
  expect(stops - tagStops).toBe(5)
  await page.keyboard.press('Enter')

  const toast = page.getByRole('status').filter({ hasText: 'Saved self-rating 6/10' })
  await expect(toast).toBeInViewport()
  expect(stored(loosen)).toEqual([{ value: 6, regions: 'sacrum=5' }])
  const table = page.getByRole('table', { name: /self-ratings, newest first/ })
  await expect(table.getByRole('row').nth(1)).toContainText('6/10')
  await expect(table.getByRole('row').nth(1)).toContainText('Sacrum')
})

test('a check-in by mouse: a click on the scale, clicks on the map, the values in the list', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/log')
  const form = page.getByRole('form', { name: 'New self-rating' })
  const scale = form.getByRole('slider', { name: 'How tense do your hips feel?' })
  await expect(scale).toHaveAttribute('aria-valuetext', 'Not chosen yet')
  // The number 3 under the scale.
  await form.locator('[aria-hidden="true"] span', { hasText: /^3$/ }).click()
  await expect(scale).toHaveAttribute('aria-valuetext', '3 of 10')
  await form.locator('summary').click()
  const buttock = form.getByRole('slider', { name: 'Left buttock (back)' })
  await buttock.click()
  await buttock.click()
  await expect(buttock).toHaveAttribute('aria-valuetext', '4 of 10')
  await form.getByRole('slider', { name: 'Right groin (front)' }).click()
  await form.getByRole('button', { name: 'Save self-rating' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved self-rating 3/10' }),
  ).toBeInViewport()
  expect(stored(loosen)).toEqual([{ value: 3, regions: 'left-buttock=4,right-groin=2' }])
  const row = page
    .getByRole('table', { name: /self-ratings, newest first/ })
    .getByRole('row')
    .nth(1)
  await expect(row).toContainText('3/10')
  await expect(row).toContainText('Left buttock')
  await expect(row).toContainText('Right groin')
})

test('the time is "Now" until Change time opens one date-and-time field', async ({ loosen }) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/log')
  const form = page.getByRole('form', { name: 'New self-rating' })
  await form.locator('summary').click()
  await expect(form).toContainText('When: Now')
  await form.getByRole('button', { name: 'Change time' }).click()
  const when = form.getByLabel('When', { exact: true })
  await expect(when).toBeFocused()
  await form.getByRole('button', { name: 'Use now' }).click()
  await expect(form.getByRole('button', { name: 'Change time' })).toBeFocused()
})

for (const theme of ['light', 'dark'] as const) {
  test(`axe and screenshots of the check-in and the quick log (${theme})`, async ({ loosen }) => {
    const { page } = loosen
    mkdirSync(SHOTS, { recursive: true })
    await loosen.acknowledgeFirstRun()
    await loosen.invoke('settings:update', { theme })
    await loosen.open('#/log')
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    const form = page.getByRole('form', { name: 'New self-rating' })
    await form.getByRole('slider', { name: 'How tense do your hips feel?' }).fill('6')
    await form.locator('summary').click()
    const map = form.getByRole('group', { name: 'Body map, front and back' })
    for (const [name, times] of [
      ['Sacrum / SI joint (back)', 3],
      ['Left front of hip (front)', 2],
      ['Right buttock (back)', 4],
    ] as const) {
      for (let i = 0; i < times; i += 1) await map.getByRole('slider', { name }).click()
    }
    await expect(
      form.getByRole('list', { name: 'Places chosen' }).getByRole('listitem'),
    ).toHaveCount(3)
    for (const size of [
      { width: 1280, height: 800 },
      { width: 800, height: 600 },
    ]) {
      await page.setViewportSize(size)
      await map.getByRole('slider', { name: 'Lower back (back)' }).focus()
      expect(await severeProblems(page), `log ${theme}`).toEqual([])
      await form.screenshot({
        path: join(SHOTS, `checkin-body-map-${theme}-${size.width}x${size.height}.png`),
      })
      await page.keyboard.press('Alt+L')
      const dialog = page.getByRole('dialog', { name: 'Log tension' })
      await expect(
        dialog.getByRole('slider', { name: 'How tense do your hips feel?' }),
      ).toBeFocused()
      await page.keyboard.press('7')
      await page.screenshot({
        path: join(SHOTS, `quick-log-${theme}-${size.width}x${size.height}.png`),
      })
      expect(await severeProblems(page), `quick log ${theme}`).toEqual([])
      await page.keyboard.press('Enter')
      await expect(dialog.getByRole('status')).toContainText('Saved: self-rating 7/10')
      await expect(dialog.getByRole('status')).toBeInViewport()
      await page.screenshot({
        path: join(SHOTS, `quick-log-saved-${theme}-${size.width}x${size.height}.png`),
      })
      expect(await severeProblems(page), `quick log saved ${theme}`).toEqual([])
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    }
  })
}
