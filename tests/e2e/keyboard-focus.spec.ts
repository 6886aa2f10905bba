import type { Download, Locator, Page } from '@playwright/test'
import { expect, test, type LoosenHarness } from './harness/fixtures'

// A keyboard user never loses their place: after every step focus rests on a control or
// heading they can see, and the page does not jump.

const HOUR = 3_600_000
const MIN = 60_000

interface FocusState {
  tag: string
  name: string
  visible: boolean
}

async function focused(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body || el === document.documentElement) {
      return { tag: 'body', name: '', visible: false }
    }
    const r = el.getBoundingClientRect()
    const visible =
      r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0
    const name = (el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 60)
    return { tag: el.tagName.toLowerCase(), name, visible }
  })
}

/** Focus is on something visible that is not the page itself. */
async function expectSensibleFocus(page: Page, step: string): Promise<FocusState> {
  const state = await focused(page)
  expect(state.tag, `${step}: focus fell to the page`).not.toBe('body')
  expect(state.visible, `${step}: focus is on ${state.tag} "${state.name}", out of view`).toBe(true)
  return state
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY)

/**
 * Back in the library: at the very top when the card fits in the first screenful, otherwise
 * scrolled only as far as the card's bottom edge needs.
 */
async function expectTopOrJustTheCard(page: Page, card: Locator) {
  const { bottom, top, y, height } = await card.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return { bottom: r.bottom, top: r.top, y: window.scrollY, height: window.innerHeight }
  })
  if (bottom + y <= height) expect(y).toBe(0)
  else {
    expect(Math.round(bottom), 'the card sits at the bottom edge').toBe(height)
    expect(top).toBeGreaterThanOrEqual(0)
  }
}

async function seedRatings(loosen: LoosenHarness, values: number[]) {
  const now = loosen.clock.now()
  for (const [i, value] of values.entries()) {
    await loosen.invoke('log:addRating', { value, takenAt: now - (i + 1) * 26 * HOUR })
  }
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const) {
  test(`keyboard walk at ${size.width}×${size.height}: practice, rating, Finish, Log delete, Reminders pause; focus is never lost`, async ({
    loosen,
  }) => {
    const { page } = loosen
    await page.setViewportSize(size)
    await loosen.acknowledgeFirstRun()
    await seedRatings(loosen, [6, 5, 4])
    await loosen.open('#/practice')

    // Open a practice from its card.
    await page.getByRole('link', { name: /Box Breathing/ }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Box Breathing', level: 2 })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Start' })).toBeFocused()
    await expectSensibleFocus(page, 'setup')
    // The title and the lengths stay in view: the page did not jump to the bottom.
    expect(await scrollY(page)).toBe(0)
    await expect(page.getByRole('heading', { name: 'Box Breathing', level: 2 })).toBeInViewport()
    await expect(page.getByRole('radio', { name: '2 min' })).toBeInViewport()
    await expect(page.getByText('Sounds ready.')).toBeVisible()

    // Start, then stop within the first minute (no question asked).
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
    await expectSensibleFocus(page, 'player')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('heading', { name: 'Session stopped.' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Skip and finish' })).toBeFocused()

    // The after-practice rating: the scale is the one Tab stop before Finish (Save stays
    // locked, so Tab passes it); a number key sets it, Enter saves, focus moves on to Finish.
    await page.keyboard.press('Shift+Tab')
    const scale = page.getByRole('slider', { name: 'And how tense do your hips feel now?' })
    await expect(scale).toBeFocused()
    await expectSensibleFocus(page, 'rating scale')
    const beforeRating = await scrollY(page)
    await page.keyboard.press('4')
    await expect(scale).toHaveAttribute('aria-valuetext', '4 of 10')
    expect(await scrollY(page)).toBe(beforeRating)
    await page.keyboard.press('Enter')
    await expect(page.getByText('Self-rating saved.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Finish' })).toBeFocused()
    await expectSensibleFocus(page, 'after rating')
    expect(await scrollY(page)).toBe(beforeRating)

    // Finish: back at the top of the library, on the card the user came from.
    await page.keyboard.press('Enter')
    const card = page.getByRole('link', { name: /Box Breathing/ })
    await expect(card).toBeFocused()
    await expectSensibleFocus(page, 'after Finish')
    await expectTopOrJustTheCard(page, card)

    // Log: delete a row; focus moves to the next row's Delete, not to the page.
    await page.keyboard.press('Alt+2')
    await expect(page.locator('h1.screen-title')).toHaveText('Log')
    const rows = page.getByRole('table', { name: /self-ratings, newest first/ }).getByRole('row')
    // Three seeded, one from the practice just rated.
    await expect(rows).toHaveCount(5)
    await rows
      .nth(1)
      .getByRole('button', { name: /Delete/ })
      .focus()
    const beforeDelete = await scrollY(page)
    await page.keyboard.press('Enter')
    await expect(rows).toHaveCount(4)
    await expect(rows.nth(1).getByRole('button', { name: /Delete/ })).toBeFocused()
    await expectSensibleFocus(page, 'after delete')
    expect(await scrollY(page)).toBe(beforeDelete)

    // Reminders: pause for an hour; focus lands on Resume.
    await page.keyboard.press('Alt+4')
    await expect(page.locator('h1.screen-title')).toHaveText('Reminders')
    await page.locator('summary', { hasText: 'Pause reminders' }).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: '30 min' })).toBeFocused()
    await page.keyboard.press('Tab')
    const beforePause = await scrollY(page)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('region', { name: 'Now' })).toContainText('Paused until')
    await expect(page.getByRole('button', { name: 'Resume reminders' })).toBeFocused()
    await expectSensibleFocus(page, 'after pause')
    expect(await scrollY(page)).toBe(beforePause)
    // And back: resuming puts focus on the pause choices again.
    await page.keyboard.press('Enter')
    await expect(page.locator('summary', { hasText: 'Pause reminders' })).toBeFocused()
  })
}

test('leaving the welcome leaves focus on the screen, not on the page', async ({ loosen }) => {
  const { page } = loosen
  await loosen.open('#/practice')
  const welcome = page.getByRole('dialog', { name: 'Welcome to Loosen' })
  await expect(welcome).toBeVisible()
  await expect(welcome.getByRole('heading', { name: 'Welcome to Loosen' })).toBeFocused()
  // Escape skips the welcome without asking.
  await page.keyboard.press('Escape')
  await expect(welcome).toBeHidden()
  await expect(page.locator('h1.screen-title')).toBeFocused()
  await expectSensibleFocus(page, 'after the welcome')
})

test('"Back to practices" returns to the top of the library, on the practice’s card', async ({
  loosen,
}) => {
  const { page } = loosen
  await page.setViewportSize({ width: 800, height: 600 })
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/practice')
  const card = page.getByRole('link', { name: /Movement Break/ })
  await card.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Movement Break', level: 2 })).toBeInViewport()
  await page.getByRole('button', { name: 'Back to practices' }).focus()
  await page.keyboard.press('Enter')
  await expect(card).toBeFocused()
  await expect(card).toBeInViewport()
  await expectSensibleFocus(page, 'back in the library')
  await expectTopOrJustTheCard(page, card)
})

test('arriving from a break notification, Enter starts the practice and its title is in view', async ({
  loosen,
}) => {
  const { page } = loosen
  await page.setViewportSize({ width: 800, height: 600 })
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/reminders')
  loosen.reminders.advance(45 * MIN)
  const due = loosen.reminders.world.notifier.shown.find((n) => n.kind === 'due')
  expect(due).toBeTruthy()
  due!.handlers.click()
  await expect(page).toHaveURL(/#\/practice\/movement-break$/)
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused()
  await expect(page.getByRole('heading', { name: 'Movement Break', level: 2 })).toBeInViewport()
  await expect(page.getByRole('button', { name: 'Start' })).toBeInViewport()
  await expect(page.getByText('Sounds ready.')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
})

test('deleting your own pattern and taking it back keeps focus in the list', async ({ loosen }) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  const saved = await loosen.invoke('practice:saveCustom', {
    kind: 'breathing',
    name: 'Slow evening',
    body: { inhale: 4, topUp: 0, holdIn: 0, exhale: 8, holdOut: 0, lengthMin: 3 },
  })
  expect(saved.ok).toBe(true)
  await loosen.open('#/practice')
  await page.getByRole('button', { name: 'Delete Slow evening' }).focus()
  await page.keyboard.press('Enter')
  const undo = page.getByRole('button', { name: 'Undo' })
  await expect(undo).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Start Slow evening' })).toBeFocused()
  await expectSensibleFocus(page, 'after taking the delete back')
})

test('export and import by keyboard: focus stays on the pressed control, then the file field', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await seedRatings(loosen, [6, 5])
  await loosen.open('#/log')
  const exportJson = page.getByRole('button', { name: 'Export JSON' })
  await exportJson.focus()
  const download = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  const file = await download
  await expect(page.getByText('Exported 2 self-ratings')).toBeVisible()
  await expect(exportJson).toBeFocused()

  // Cancel on the import summary takes itself away: focus goes to the file field.
  await page.getByLabel('Import a JSON or CSV file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await readDownload(file)),
  })
  await expect(page.getByRole('table', { name: 'What this JSON file would add' })).toBeVisible()
  const cancel = page.getByRole('button', { name: 'Cancel' })
  await cancel.focus()
  await page.keyboard.press('Enter')
  await expect(cancel).toHaveCount(0)
  await expect(page.getByLabel('Import a JSON or CSV file')).toBeFocused()
  await expectSensibleFocus(page, 'after cancelling the import')
})

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

test('taking back a deleted log row from the toast returns focus to the list, not the top', async ({
  loosen,
}) => {
  const { page } = loosen
  await page.setViewportSize({ width: 1280, height: 800 })
  await loosen.acknowledgeFirstRun()
  await seedRatings(loosen, [6, 5, 4])
  await loosen.open('#/log')
  const rows = page.getByRole('table', { name: /self-ratings, newest first/ }).getByRole('row')
  await rows
    .nth(1)
    .getByRole('button', { name: /Delete/ })
    .focus()
  await page.keyboard.press('Enter')
  await expect(rows).toHaveCount(3)
  const next = rows.nth(1).getByRole('button', { name: /Delete/ })
  await expect(next).toBeFocused()
  // Over to the toast's Undo (its place in the Tab order is after the rating form).
  await page.getByRole('button', { name: 'Undo' }).focus()
  await page.keyboard.press('Enter')
  await expect(rows).toHaveCount(4)
  await expectSensibleFocus(page, 'after Undo')
  await expect(page.locator('h1.screen-title')).not.toBeFocused()
})
