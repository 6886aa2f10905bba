import type { Page } from '@playwright/test'
import { expect, test, type LoosenHarness } from './harness/fixtures'

async function openPaused(loosen: LoosenHarness, hash: string): Promise<Page> {
  const { page } = loosen
  await page.clock.install({ time: loosen.clock.now() })
  await loosen.acknowledgeFirstRun()
  await loosen.services().dispatch('settings:update', { practiceAskRatings: false })
  await loosen.open(hash)
  await expect(page.getByText('Sounds ready.')).toBeVisible()
  const pauseTime = (await page.evaluate(() => Date.now())) + 500
  await page.clock.pauseAt(pauseTime)
  loosen.clock.set(pauseTime)
  return page
}

async function advance(loosen: LoosenHarness, ms: number): Promise<void> {
  loosen.clock.advance(ms)
  await loosen.page.clock.runFor(ms)
}

test('stopping a movement practice for pain is recorded by keyboard alone, with where it was felt and the step', async ({
  loosen,
}) => {
  const page = await openPaused(loosen, '#/practice/movement-break')
  await page.getByRole('radio', { name: '3 min' }).check()
  await page.getByRole('button', { name: 'Start' }).click()
  await advance(loosen, 70_000)
  const step = (await page.locator('.player-instruction').textContent()) ?? ''
  expect(step).toContain('right knee down')

  await page.keyboard.press('Escape')
  const dialog = page.getByRole('dialog', { name: 'Stop this session?' })
  await expect(dialog).toBeVisible()
  // The gentle default: nothing about pain is assumed, and "Keep going" has focus.
  await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused()
  await expect(dialog.getByRole('radio', { name: 'No, or I’d rather not say' })).toBeChecked()
  // Stop-on-sharp-pain wording stays on the movement step behind the dialog.
  await expect(page.getByText(/sharp pain/i).first()).toBeAttached()

  // Back to the question, then "Yes, pain" with an arrow key.
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('radio', { name: 'No, or I’d rather not say' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByRole('radio', { name: 'Yes, pain' })).toBeChecked()
  // Where: Tab to the regions, Space ticks "Left groin" (the third).
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('checkbox', { name: 'Left front of hip' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('checkbox', { name: 'Left groin' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(dialog.getByRole('checkbox', { name: 'Left groin' })).toBeChecked()
  await dialog.getByRole('textbox', { name: 'Anything to note? (optional)' }).focus()
  await page.keyboard.type('Pinch at the front')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Stop and save' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Session stopped.' })).toBeVisible()

  const db = loosen.services().database.db
  const session = db.prepare('SELECT id, status FROM practice_sessions').get() as {
    id: string
    status: string
  }
  expect(session.status).toBe('stopped')
  expect(db.prepare('SELECT * FROM practice_stop_reasons').all()).toEqual([
    expect.objectContaining({
      session_id: session.id,
      reason: 'pain',
      regions: '["left-groin"]',
      note: 'Pinch at the front',
      step_index: 2,
      step_text: step,
      movement: 1,
    }),
  ])
})

test('a quick stop on a movement step asks too, and a quick stop of a breathing practice does not', async ({
  loosen,
}) => {
  const page = await openPaused(loosen, '#/practice/movement-break')
  await page.getByRole('radio', { name: '2 min' }).check()
  await page.getByRole('button', { name: 'Start' }).click()
  await advance(loosen, 20_000)
  await page.keyboard.press('Escape')
  const dialog = page.getByRole('dialog', { name: 'Stop this session?' })
  await expect(dialog).toBeVisible()
  await expect(
    dialog.getByText('It will be saved as partly done: 20 s so far.', { exact: false }),
  ).toBeVisible()
  // Skipping the question stores no reason.
  await dialog.getByRole('button', { name: 'Stop and save' }).click()
  await expect(page.getByRole('heading', { name: 'Session stopped.' })).toBeVisible()
  const db = loosen.services().database.db
  expect(db.prepare('SELECT count(*) AS n FROM practice_stop_reasons').get()).toEqual({ n: 0 })

  await loosen.open('#/practice/box-breathing')
  // The sounds load again for this practice, and howler reports them on a timer of the paused
  // page clock: let it run in small steps until they are in, so the session starts at once
  // (under load the 6-s "too slow" timer could otherwise start it mid-way through the 20 s).
  await expect
    .poll(async () => {
      await advance(loosen, 50)
      return page.getByText('Sounds ready.').isVisible()
    })
    .toBe(true)
  await page.getByRole('button', { name: 'Start' }).click()
  await advance(loosen, 20_000)
  // Input outruns the page's render under load: press Escape once the session is on screen.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: 'Session stopped.' })).toBeVisible()
})
