import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'

// The welcome and Today as a new user meets them, by keyboard alone: focus is on the step's
// heading or the control just used after every step, and nothing scrolls on its own.

const MIN = 60_000
const HOUR = 60 * MIN

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return '(page)'
    return (el.getAttribute('aria-label') ?? el.textContent).trim()
  })
}

/** Presses Tab until the focused element's name starts with `name` (at most 15 times). */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab')
    const current = await focusedName(page)
    if (typeof name === 'string' ? current.startsWith(name) : name.test(current)) return
  }
  throw new Error(`Tab never reached "${String(name)}"`)
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY)

async function expectNoSevereAxe(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze()
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(severe, what).toEqual([])
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
]) {
  test(`keyboard walk at ${size.width}x${size.height}: welcome → Today → check-in → a suggested practice`, async ({
    loosen,
  }) => {
    const { page } = loosen
    await page.setViewportSize(size)
    await loosen.open()
    const welcome = page.getByRole('dialog', { name: 'Welcome to Loosen' })
    const heading = (name: string) => welcome.getByRole('heading', { name, level: 2 })

    await expect(heading('Welcome to Loosen')).toBeFocused()
    await expect(welcome).toContainText('Guided practice')
    await tabTo(page, 'Get started')
    await page.keyboard.press('Enter')

    await expect(heading('Looking after yourself')).toBeFocused()
    await expect(welcome).toContainText('not medical advice')
    await tabTo(page, 'Next')
    await page.keyboard.press('Enter')
    await expect.poll(() => loosen.services().settings.read().firstRunAcknowledged).toBe(true)

    // Working day: a 60-minute interval and 08:30 to 16:30, Monday to Friday.
    await expect(heading('Your working day')).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Suggest a break after sitting for')).toBeFocused()
    await page.getByLabel('Suggest a break after sitting for').selectOption('60')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect(page.getByLabel(/Only remind me during working hours/)).toBeChecked()
    // Times in the page's own clock (en-US: 12-hour), whatever language Chromium started in.
    const from = page.getByRole('group', { name: 'From' })
    await from.getByRole('combobox', { name: 'Hour' }).selectOption('8')
    await from.getByRole('combobox', { name: 'Minute' }).selectOption('30')
    const until = page.getByRole('group', { name: 'Until' })
    await until.getByRole('combobox', { name: 'Hour' }).selectOption('4')
    await until.getByRole('combobox', { name: 'Minute' }).selectOption('30')
    await expect(until.getByRole('combobox', { name: 'AM or PM' })).toHaveValue('pm')
    await tabTo(page, 'Next')
    await page.keyboard.press('Enter')
    await expect(heading('How should a break reach you?')).toBeFocused()
    const saved = loosen.services().settings.read()
    expect(saved.remindersIntervalMin).toBe(60)
    expect(saved.remindersWorkingHoursOn).toBe(true)
    expect(saved.remindersWorkingHours[1]).toEqual([{ start: '08:30', end: '16:30' }])
    expect(saved.remindersWorkingHours[0]).toEqual([])

    // Reminder style by arrow keys, like any radio group.
    await tabTo(page, '')
    await expect(page.getByRole('radio', { name: /A desktop notification/ })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await tabTo(page, 'Next')
    await page.keyboard.press('Enter')
    await expect(heading('A sound check')).toBeFocused()
    expect(loosen.services().settings.read().remindersStyle).toBe('window')

    // Back returns to the previous step with the choice as saved.
    await tabTo(page, 'Back')
    await page.keyboard.press('Enter')
    await expect(heading('How should a break reach you?')).toBeFocused()
    await expect(
      page.getByRole('radio', { name: /A notification and a gentle break window/ }),
    ).toBeChecked()
    await tabTo(page, 'Next')
    await page.keyboard.press('Enter')

    await expect(heading('A sound check')).toBeFocused()
    await tabTo(page, 'Play the bell')
    await page.keyboard.press('Enter')
    await expect(welcome.getByRole('status')).toContainText(/Did you hear it|could not play/)
    await tabTo(page, 'Next')
    await page.keyboard.press('Enter')

    await expect(heading('A first check-in')).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('How tense do your hips feel?')).toBeFocused()
    await page.keyboard.type('6')
    await page.keyboard.press('Enter')
    await expect(welcome.getByRole('button', { name: 'Go to Today' })).toBeFocused()
    await page.keyboard.press('Enter')

    await expect(welcome).toBeHidden()
    await expect(page.locator('h1.screen-title')).toHaveText('Today')
    await expect(page.locator('h1.screen-title')).toBeFocused()
    expect(loosen.services().settings.read().onboardingDone).toBe(true)
    expect(await scrollY(page)).toBe(0)
    await expect(page.getByRole('region', { name: 'How do your hips feel?' })).toContainText(
      'Your last self-rating was 6/10',
    )

    // One-tap check-in: the quick log opens, and closing it returns to the button.
    loosen.clock.advance(5 * MIN)
    await tabTo(page, 'Check in')
    const before = await scrollY(page)
    await page.keyboard.press('Enter')
    const quick = page.getByRole('dialog', { name: 'Log tension' })
    await expect(quick.getByLabel('How tense do your hips feel?')).toBeFocused()
    await page.keyboard.type('4')
    await page.keyboard.press('Enter')
    await expect(quick.getByRole('button', { name: 'Close' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(quick).toBeHidden()
    await expect(page.getByRole('button', { name: 'Check in' })).toBeFocused()
    expect(await scrollY(page)).toBe(before)
    await expect(page.getByRole('region', { name: 'How do your hips feel?' })).toContainText(
      'Your last self-rating was 4/10',
    )

    // The suggested practice opens that practice.
    await page.keyboard.press('Shift+Tab')
    let name = await focusedName(page)
    for (let i = 0; i < 10 && !name.startsWith('Open '); i++) {
      await page.keyboard.press('Shift+Tab')
      name = await focusedName(page)
    }
    expect(name).toBe('Open Cyclic Sighing')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#\/practice\/cyclic-sighing$/)
    await expect(page.getByRole('heading', { name: 'Cyclic Sighing' }).first()).toBeVisible()
    const after = await focusedName(page)
    expect(after, 'focus stays on the page’s content').not.toBe('(page)')
    expect(await scrollY(page)).toBe(0)
  })
}

test('Today suggests a movement break after long sitting and sums up the week', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  const now = loosen.clock.now()
  // Last week (Monday 16 to Sunday 22 November 2026): two check-ins averaging 6.
  for (const [value, ago] of [
    [5, 3 * 24 * HOUR],
    [7, 5 * 24 * HOUR],
  ] as const) {
    await loosen.invoke('log:addRating', { value, takenAt: now - ago })
  }
  await loosen.open()
  await expect(page.locator('h1.screen-title')).toHaveText('Today')
  const week = page.getByRole('region', { name: 'This week' })
  await expect(week).toContainText('No practice yet this week.')
  await expect(week).toContainText(/This week: no check-ins/)
  await expect(week).toContainText(/Last week: 6\.0 \(2 check-ins\)/)

  loosen.reminders.advance(50 * MIN)
  await page.reload()
  const suggestion = page.getByRole('region', { name: 'Movement Break' })
  await expect(suggestion).toContainText('You have been sitting for 50 minutes')
  await expect(page.getByRole('region', { name: 'Breaks' })).toContainText(
    'Sitting for 50 min so far.',
  )
})

test('a new user’s Today is calm: empty states instead of zeros', async ({ loosen }) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open()
  await expect(page.getByRole('region', { name: 'This week' })).toContainText(
    'Nothing here yet, and that is fine.',
  )
  await expect(page.getByRole('region', { name: 'How do your hips feel?' })).toContainText(
    'No check-ins yet.',
  )
  await expect(page.getByText('Suggested for now')).toBeVisible()
})

for (const theme of ['light', 'dark'] as const) {
  test(`every welcome step has no serious or critical accessibility problems (${theme})`, async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.invoke('settings:update', { theme })
    await loosen.open()
    const welcome = page.getByRole('dialog', { name: 'Welcome to Loosen' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    for (const step of [
      'Welcome to Loosen',
      'Looking after yourself',
      'Your working day',
      'How should a break reach you?',
      'A sound check',
      'A first check-in',
    ]) {
      await expect(welcome.getByRole('heading', { name: step, level: 2 })).toBeFocused()
      await expectNoSevereAxe(page, step)
      if (step !== 'A first check-in') {
        await welcome.getByRole('button', { name: /^(Get started|Next)$/ }).click()
      }
    }
  })

  test(`Today with a week of data has no serious or critical accessibility problems (${theme})`, async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.invoke('settings:update', { theme, firstRunAcknowledged: true })
    const now = loosen.clock.now()
    for (const [i, value] of [3, 5, 6, 4].entries()) {
      await loosen.invoke('log:addRating', { value, takenAt: now - (i + 1) * 20 * HOUR })
    }
    await loosen.open()
    await expect(page.locator('h1.screen-title')).toHaveText('Today')
    await expect(page.getByRole('region', { name: 'This week' })).toContainText('Last week')
    await expectNoSevereAxe(page, 'Today')
  })
}
