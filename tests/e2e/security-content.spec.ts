import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './harness/fixtures'

// Content safety as the user meets it: the self-care note, the pain warning on every movement
// step, the Trauma Release card and the "self-rating" wording. The scripts' own flags are checked
// in tests/unit/security/content-safety.test.ts.

const movementBreak = JSON.parse(
  readFileSync(resolve(__dirname, '../../assets/practices/movement-break.json'), 'utf8'),
) as { steps: { text: string }[] }

test.describe('content safety', () => {
  test('the welcome says self-care not medicine, when to stop, and how to ground', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.open()
    const welcome = page.getByRole('dialog', { name: 'Welcome to Loosen' })
    // Every step carries the short version, so skipping never hides it entirely.
    await expect(welcome).toContainText(
      'self-care, not medical advice. Stop if you feel sharp pain',
    )
    await welcome.getByRole('button', { name: 'Get started' }).click()
    const note = welcome
    await expect(note.getByRole('heading', { name: 'Looking after yourself' })).toBeFocused()
    await expect(note).toContainText('not medical advice')
    await expect(note).toContainText(/sharp.*pain, stop/)
    await expect(note).toContainText('feel your feet on the floor')
    await expect(note).toContainText(/self-ratings.*not a clinical measure/s)
  })

  test('every step of the Movement Break shows "Stop if you feel sharp pain"', async ({
    loosen,
  }) => {
    const { page } = loosen
    // The page clock stands still, so steps change only when the test moves on.
    await page.clock.install({ time: loosen.clock.now() })
    await loosen.acknowledgeFirstRun()
    await loosen.open('#/practice/movement-break')
    await expect(page.getByText('Sounds ready.')).toBeVisible()
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 500)
    await expect(page.getByText('Move gently, and stop if you feel sharp pain.')).toBeVisible()
    await page.getByRole('button', { name: 'Start' }).click()
    expect(movementBreak.steps.length).toBeGreaterThanOrEqual(4)
    for (const [index, step] of movementBreak.steps.entries()) {
      await expect(page.locator('.player-instruction')).toHaveText(step.text)
      await expect(page.getByText('Stop if you feel sharp pain.'), step.text).toBeVisible()
      if (index < movementBreak.steps.length - 1) await page.keyboard.press('ArrowRight')
    }
  })

  test('the Trauma Release card explains, tells how to stop and ground, and points to support', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open('#/practice')
    const card = page.getByRole('region', { name: 'About Trauma Release Exercises' })
    await expect(card).toBeVisible()
    await expect(card).toContainText('Strong feelings can come up')
    await expect(card).toContainText(/trained provider.*support nearby/s)
    await expect(
      card.getByRole('heading', { name: 'How to stop and ground yourself' }),
    ).toBeVisible()
    await expect(card.getByRole('listitem')).toContainText([
      /Straighten your legs|roll onto your side/,
      /feet into the floor/,
      /Name five things/,
      /Breathe out slowly/,
      /someone you trust or a professional/,
    ])
    // Information only: nothing on the card starts a session.
    await expect(card.getByRole('button')).toHaveCount(0)
  })

  test('ratings are called self-ratings on the Log screen and in the quick log', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    // The tray's quick-log window.
    await loosen.open('#/quick-log')
    await expect(page.getByText('Self-rating', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Save self-rating' })).toBeVisible()

    // The Log screen (a fresh load: the quick-log route is chosen when the page starts).
    await page.goto('http://loosen.test/index.html#/log')
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Your self-ratings' })).toBeVisible()
    await expect(page.getByText('Self-rating', { exact: true }).first()).toBeVisible()
    await expect(page.getByText(/self-ratings, not a clinical measure/)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Save self-rating' })).toBeVisible()
  })
})
