import type { Locator, Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'

// One whole day's journey with the keyboard alone: the welcome, Today, a practice rated before
// and after, a check-in, Insights and pausing the reminders. After every step focus rests on a
// named control the user can see (with its focus ring; a screen's own title is focused
// without one, as a place to start from), and the page does not jump.

interface FocusState {
  tag: string
  name: string
  visible: boolean
  ring: boolean
}

async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body || el === document.documentElement) {
      return { tag: 'body', name: '', visible: false, ring: false }
    }
    const r = el.getBoundingClientRect()
    const visible =
      r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0
    const labelledBy = el.getAttribute('aria-labelledby')
    const name = (
      el.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
      (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null) ??
      el.textContent
    ).trim()
    const style = getComputedStyle(el)
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
    return { tag: el.tagName.toLowerCase(), name, visible, ring }
  })
}

/** `target` has focus, is in view, has a name, and (for a control) shows the focus ring. */
async function expectFocusOn(page: Page, target: Locator, step: string, ring = true) {
  await expect(target, `${step}: focus`).toBeFocused()
  const state = await focusState(page)
  expect(state.name, `${step}: the focused ${state.tag} has no name`).not.toBe('')
  expect(state.visible, `${step}: ${state.tag} "${state.name}" is out of view`).toBe(true)
  if (ring) expect(state.ring, `${step}: ${state.tag} "${state.name}" shows no ring`).toBe(true)
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY)

/** Presses Tab (or Shift+Tab) until `target` has focus, at most 20 times. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press(key)
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`${key} never reached ${target.toString()}`)
}

test('a day by keyboard alone: welcome, Today, a rated practice, a check-in, Insights, a pause', async ({
  loosen,
}) => {
  test.setTimeout(90_000)
  const { page } = loosen
  await page.setViewportSize({ width: 1280, height: 800 })
  await loosen.open()
  const title = page.locator('h1.screen-title')

  // The welcome: Escape skips it; focus goes to Today's title, at the top.
  const welcome = page.getByRole('dialog', { name: 'Welcome to Loosen' })
  await expect(welcome.getByRole('heading', { name: 'Welcome to Loosen' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(welcome).toBeHidden()
  await expect(title).toHaveText('Today')
  await expectFocusOn(page, title, 'Today', false)
  expect(await scrollY(page)).toBe(0)

  // Today's suggested practice opens it, with Start ready and the title in view.
  const open = page
    .getByRole('link', { name: /^Open / })
    .or(page.getByRole('button', { name: /^Open / }))
  await tabTo(page, open.first())
  await expectFocusOn(page, open.first(), 'the suggested practice')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/practice\/[a-z-]+$/)
  const practice = (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? ''
  expect(practice).not.toBe('')
  const start = page.getByRole('button', { name: 'Start' })
  await expectFocusOn(page, start, 'practice setup')
  expect(await scrollY(page)).toBe(0)
  await expect(page.getByText('Sounds ready.')).toBeVisible()

  // The before-rating: the scale is one Tab stop back from Start; 7, then on to Start.
  const before = page.getByRole('slider', { name: 'How tense do your hips feel right now?' })
  await tabTo(page, before, 'Shift+Tab')
  await expectFocusOn(page, before, 'before-rating scale')
  const atScale = await scrollY(page)
  await page.keyboard.press('7')
  await expect(before).toHaveAttribute('aria-valuetext', '7 of 10')
  expect(await scrollY(page), 'a number key does not scroll').toBe(atScale)
  await tabTo(page, start)
  await expectFocusOn(page, start, 'back on Start')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  // The session takes focus (a region, so no ring: the keys act on the whole session).
  const session = page.getByRole('region', { name: `${practice} session` })
  await expectFocusOn(page, session, 'session', false)

  // Stop within the first minute (no question asked): the summary offers Skip and finish.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: 'Session stopped.' })).toBeVisible()
  await expectFocusOn(page, page.getByRole('button', { name: 'Skip and finish' }), 'summary')
  const atSummary = await scrollY(page)

  // The after-rating: Shift+Tab to the scale, 4, Enter saves; focus moves on to Finish.
  const after = page.getByRole('slider', { name: 'And how tense do your hips feel now?' })
  await page.keyboard.press('Shift+Tab')
  await expectFocusOn(page, after, 'after-rating scale')
  const atAfter = await scrollY(page)
  expect(atAfter).toBeGreaterThanOrEqual(atSummary)
  await page.keyboard.press('4')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Self-rating saved.')).toBeVisible()
  await expect(page.getByText('Your rating: 7 → 4, three points looser')).toBeVisible()
  const finish = page.getByRole('button', { name: 'Finish', exact: true })
  await expectFocusOn(page, finish, 'after the rating')
  expect(await scrollY(page), 'saving the rating does not scroll').toBe(atAfter)

  // Finish: back in the library, on the practice's card.
  await page.keyboard.press('Enter')
  await expect(title).toHaveText('Practice')
  const card = page.getByRole('link', { name: new RegExp(practice) }).first()
  await expectFocusOn(page, card, 'after Finish')

  // Alt+L: the quick log over the library; 3 and Enter save it, Close returns focus.
  const atLibrary = await scrollY(page)
  await page.keyboard.press('Alt+l')
  const quick = page.getByRole('dialog', { name: 'Log tension' })
  const checkin = quick.getByRole('slider', { name: 'How tense do your hips feel?' })
  await expectFocusOn(page, checkin, 'quick log')
  await page.keyboard.press('3')
  await page.keyboard.press('Enter')
  const close = quick.getByRole('button', { name: 'Close' })
  await expectFocusOn(page, close, 'after the check-in')
  await page.keyboard.press('Enter')
  await expect(quick).toBeHidden()
  const afterClose = await focusState(page)
  expect(afterClose.tag, 'closing the quick log drops focus to the page').not.toBe('body')
  expect(afterClose.visible).toBe(true)
  expect(await scrollY(page), 'the quick log leaves the library where it was').toBe(atLibrary)
  await expect
    .poll(() =>
      loosen
        .services()
        .database.db.prepare('SELECT value, phase FROM ratings ORDER BY value DESC')
        .all(),
    )
    .toEqual([
      { value: 7, phase: 'before' },
      { value: 4, phase: 'after' },
      { value: 3, phase: null },
    ])

  // Insights: Alt+3 puts focus on its title, at the top.
  await page.keyboard.press('Alt+3')
  await expect(title).toHaveText('Insights')
  await expectFocusOn(page, title, 'Insights', false)
  expect(await scrollY(page)).toBe(0)

  // Reminders: Alt+4, then pause for an hour; focus lands on Resume, the page stays put.
  await page.keyboard.press('Alt+4')
  await expect(title).toHaveText('Reminders')
  await expectFocusOn(page, title, 'Reminders', false)
  expect(await scrollY(page)).toBe(0)
  const pause = page.locator('summary', { hasText: 'Pause reminders' })
  await tabTo(page, pause)
  await expectFocusOn(page, pause, 'pause choices')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expectFocusOn(page, page.getByRole('button', { name: '30 min' }), '30 min')
  await page.keyboard.press('Tab')
  const hour = await focusState(page)
  expect(hour.name).toMatch(/hour/i)
  const beforePause = await scrollY(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Now' })).toContainText('Paused until')
  await expectFocusOn(page, page.getByRole('button', { name: 'Resume reminders' }), 'paused')
  expect(await scrollY(page)).toBe(beforePause)
})
