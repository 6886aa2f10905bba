import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test, type LoosenHarness } from './harness/fixtures'

// Issue 13, "Broken": each test here failed on the code before its fix.

const HOUR = 3_600_000

async function startPractice(loosen: LoosenHarness, id: string): Promise<Page> {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open(`#/practice/${id}`)
  await expect(page.getByText('Sounds ready.')).toBeVisible()
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  return page
}

async function severeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

function sessionRows(loosen: LoosenHarness): unknown[] {
  return loosen.services().database.db.prepare('SELECT status FROM practice_sessions').all()
}

test('Alt+L over a running practice: Escape closes only the dialog and Space on Close does not pause the session', async ({
  loosen,
}) => {
  const page = await startPractice(loosen, 'box-breathing')
  const dialog = page.getByRole('dialog', { name: 'Log tension' })

  await page.keyboard.press('Alt+l')
  await expect(dialog).toBeVisible()
  // Move off the number field onto a control that is not a text field, then Escape.
  await dialog.locator('summary').focus()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Session stopped.' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  expect(sessionRows(loosen)).toEqual([])
  // Focus comes back to the session, so its own keys work again.
  await expect(page.getByRole('region', { name: 'Box Breathing session' })).toBeFocused()

  // Log a rating; Close then has the focus, and Space presses it.
  await page.keyboard.press('Alt+l')
  await expect(dialog).toBeVisible()
  await page.keyboard.type('3')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Resume' })).toHaveCount(0)
  expect(sessionRows(loosen)).toEqual([])
})

for (const size of [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const) {
  test(`the breathing-pattern editor's number fields stay inside their box at ${size.width} px`, async ({
    loosen,
  }) => {
    const { page } = loosen
    await page.setViewportSize(size)
    await loosen.acknowledgeFirstRun()
    await loosen.open('#/practice')
    await page.getByRole('button', { name: 'New breathing pattern' }).click()
    const editor = page.getByRole('form', { name: 'New breathing pattern' })
    const box = await editor.locator('fieldset').boundingBox()
    const inputs = await editor
      .locator('fieldset input')
      .evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]),
      )
    expect(box).not.toBeNull()
    expect(inputs).toHaveLength(6)
    const fieldset = await editor.locator('fieldset').evaluate((el) => {
      const r = el.getBoundingClientRect()
      return [r.left, r.top, r.right, r.bottom]
    })
    for (const [left = 0, top = 0, right = 0, bottom = 0] of inputs) {
      expect(left).toBeGreaterThanOrEqual(fieldset[0]!)
      expect(right).toBeLessThanOrEqual(fieldset[2]!)
      expect(top).toBeGreaterThanOrEqual(fieldset[1]!)
      expect(bottom).toBeLessThanOrEqual(fieldset[3]!)
    }
    // No two fields overlap.
    for (const [i, a] of inputs.entries()) {
      for (const b of inputs.slice(i + 1)) {
        const apart = a[2]! <= b[0]! || b[2]! <= a[0]! || a[3]! <= b[1]! || b[3]! <= a[1]!
        expect(apart, `fields ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(true)
      }
    }
  })
}

test('an empty pattern name gets the app’s own inline error, not the browser’s bubble', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/practice')
  await page.getByRole('button', { name: 'New breathing pattern' }).click()
  const editor = page.getByRole('form', { name: 'New breathing pattern' })
  expect(await editor.evaluate((form) => (form as HTMLFormElement).noValidate)).toBe(true)
  await editor.getByRole('button', { name: 'Save' }).click()
  const alert = editor.getByRole('alert')
  await expect(alert).toHaveText('Give the pattern a name.')
  const name = editor.getByLabel('Name')
  await expect(name).toBeFocused()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  const describedBy = await name.getAttribute('aria-describedby')
  expect(describedBy).toBeTruthy()
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('Give the pattern a name.')
  expect(await severeProblems(page)).toEqual([])
  // Typing a name clears the complaint and the pattern saves.
  await name.fill('Evening')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('button', { name: 'Start Evening' })).toBeVisible()
})

test('saving a self-rating with its details open shows a toast in view, with Undo reached by keyboard, and keeps the place', async ({
  loosen,
}) => {
  const { page } = loosen
  await page.setViewportSize({ width: 800, height: 600 })
  await loosen.acknowledgeFirstRun()
  const now = loosen.clock.now()
  for (const [i, value] of [5, 6, 4].entries()) {
    await loosen.invoke('log:addRating', { value, takenAt: now - (i + 1) * 20 * HOUR })
  }
  await loosen.open('#/log')
  const form = page.getByRole('form', { name: 'New self-rating' })
  await form.getByLabel('How tense do your hips feel?').fill('6')
  await form.locator('summary').click()
  const note = form.getByLabel('Note')
  await note.fill('long meeting')
  const save = form.getByRole('button', { name: 'Save self-rating' })
  // The user is down at the button, as after filling in the details.
  await save.evaluate((button) => button.scrollIntoView({ block: 'end' }))
  const scrolled = await page.evaluate(() => window.scrollY)
  expect(scrolled).toBeGreaterThan(0)
  await save.focus()
  await page.keyboard.press('Enter')

  const toast = page.getByRole('status').filter({ hasText: 'Saved self-rating 6/10' })
  await expect(toast).toBeInViewport()
  await expect(toast).toHaveAttribute('aria-live', 'polite')
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
  await expect(save).toBeFocused()
  await expect(note).toHaveValue('')
  for (const theme of ['light', 'dark'] as const) {
    await loosen.invoke('settings:update', { theme })
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    expect(await severeProblems(page), theme).toEqual([])
  }
  // Undo is the next Tab stop after Save.
  await page.keyboard.press('Tab')
  const undo = toast.getByRole('button', { name: 'Undo' })
  await expect(undo).toBeFocused()
  await expect(undo).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('status').filter({ hasText: 'The new self-rating was taken back.' }),
  ).toBeInViewport()
  // The Undo button is gone; focus goes back to where the user was, not to the page.
  await expect(save).toBeFocused()
  const count = loosen.services().database.db.prepare('SELECT count(*) AS n FROM ratings').get()
  expect(count).toEqual({ n: 3 })
})
