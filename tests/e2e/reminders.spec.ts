import AxeBuilder from '@axe-core/playwright'
import { clockTime } from '../../renderer/src/reminders/format'
import { expect, test } from './harness/fixtures'

const MIN = 60_000

test.describe('break reminders', () => {
  test.beforeEach(async ({ loosen }) => {
    await loosen.acknowledgeFirstRun()
  })

  test('the Reminders screen counts down on main’s clock', async ({ loosen }) => {
    const { page } = loosen
    const start = loosen.clock.now()
    await loosen.open('#/reminders')
    const now = page.getByRole('region', { name: 'Now' })
    await expect(now).toContainText('Sitting for 0 min')
    await expect(now).toContainText(`Next break at ${clockTime(start + 45 * MIN)} (in 45 min)`)
    loosen.reminders.advance(10 * MIN)
    await expect(now).toContainText('Sitting for 10 min')
    await expect(now).toContainText('(in 35 min)')
  })

  test('changing the interval moves the next break; an out-of-range value is refused', async ({
    loosen,
  }) => {
    const { page } = loosen
    const start = loosen.clock.now()
    await loosen.open('#/reminders')
    await page.locator('summary', { hasText: 'Break settings' }).click()
    const interval = page.getByLabel(/Remind me after sitting for/)
    await interval.fill('10')
    // Saved by itself, as Settings is: Enter here, leaving the field below.
    await interval.press('Enter')
    await expect(page.getByText('must be at least 20 minutes. Nothing was saved.')).toBeVisible()
    expect(loosen.services().settings.read().remindersIntervalMin).toBe(45)

    await expect(interval).toBeFocused()
    await interval.fill('30')
    await interval.press('Tab')
    await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
    const now = page.getByRole('region', { name: 'Now' })
    await expect(now).toContainText(`Next break at ${clockTime(start + 30 * MIN)} (in 30 min)`)
  })

  test('pausing shows until when, and resuming starts a fresh interval', async ({ loosen }) => {
    const { page } = loosen
    const start = loosen.clock.now()
    await loosen.open('#/reminders')
    await page.locator('summary', { hasText: 'Pause reminders' }).click()
    await page.getByRole('button', { name: '1 hour' }).click()
    const now = page.getByRole('region', { name: 'Now' })
    await expect(now).toContainText(`Paused until today at ${clockTime(start + 60 * MIN)}`)
    loosen.reminders.advance(20 * MIN)
    await page.getByRole('button', { name: 'Resume reminders' }).click()
    await expect(now).toContainText(`Next break at ${clockTime(start + 65 * MIN)}`)
  })

  test('a due reminder reaches the notifier and its click opens the Movement Break', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.open('#/reminders')
    loosen.reminders.advance(45 * MIN)
    const shown = loosen.reminders.world.notifier.shown
    expect(shown.map((n) => n.kind)).toEqual(['heads-up', 'due'])
    await expect(page.getByRole('region', { name: 'Now' })).toContainText(
      'Time for a movement break',
    )
    shown[1]!.handlers.click()
    await expect(page).toHaveURL(/#\/practice\/movement-break$/)
    await expect(page.locator('h1.screen-title')).toHaveText('Practice')
    expect(loosen.reminders.world.opened).toEqual([
      { screen: 'practice', detail: 'movement-break', focus: true },
    ])
    // The break counts at its end; idle time reads 0 here, so Loosen cannot tell and trusts it.
    loosen.reminders.advance(3 * MIN)
    const today = await loosen.invoke('reminders:today')
    expect(today).toMatchObject({ ok: true, value: { taken: 1, notTaken: 0 } })
  })

  test('a break spent typing is shown as reminded, not taken', async ({ loosen }) => {
    const { page } = loosen
    // Someone typing: the idle source works and never reads more than a second.
    loosen.reminders.world.idleNow.ms = 1000
    await loosen.open('#/reminders')
    loosen.reminders.advance(45 * MIN)
    await page.getByRole('button', { name: 'Take a break now' }).click()
    await expect(page).toHaveURL(/#\/practice\/movement-break$/)
    // The Movement Break was opened but never finished, and the user never left.
    loosen.reminders.advance(20 * MIN)
    await loosen.open('#/reminders')
    const today = page.getByRole('region', { name: 'Today' })
    await expect(today).toContainText('Reminded, not taken')
    await expect(today.getByText('Breaks taken').locator('..')).toContainText('0')
  })

  test('a natural break is counted and shown on today’s record', async ({ loosen }) => {
    const { page } = loosen
    await loosen.open('#/reminders')
    loosen.reminders.advance(30 * MIN)
    loosen.reminders.world.idleNow.ms = 5 * MIN
    loosen.reminders.advance(MIN)
    loosen.reminders.world.idleNow.ms = 0
    loosen.reminders.advance(MIN)
    await page.reload()
    const today = page.getByRole('region', { name: 'Today' })
    await expect(today).toContainText('Natural break (away from the desk)')
    expect(loosen.reminders.world.notifier.shown).toEqual([])
  })

  test('working hours save by themselves, and a time is picked with the arrow keys', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.open('#/reminders')
    await page.locator('summary', { hasText: 'Working hours' }).click()
    await expect(page.getByRole('button', { name: /^Save/ })).toHaveCount(0)
    await page.getByLabel(/Only remind me during working hours/).check()
    await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
    await expect.poll(() => loosen.services().settings.read().remindersWorkingHoursOn).toBe(true)

    const start = page.getByRole('group', { name: 'Monday range 1 starts' })
    // An English system reads a 12-hour clock: 9:00 AM.
    await expect(start.getByRole('combobox', { name: 'AM or PM' })).toHaveValue('am')
    const hour = start.getByRole('combobox', { name: 'Hour' })
    await hour.focus()
    await page.keyboard.press('ArrowUp')
    await expect
      .poll(() => loosen.services().settings.read().remindersWorkingHours[1])
      .toEqual([{ start: '08:00', end: '17:00' }])
    await expect(hour).toBeFocused()
  })

  test('with Deutsch chosen on an English system, times read on the 24-hour clock', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.invoke('settings:update', { language: 'de', remindersWorkingHoursOn: true })
    await loosen.open('#/reminders')
    await page.locator('summary', { hasText: 'Arbeitszeiten' }).click()
    const start = page.getByRole('group', { name: 'Montag, Zeitraum 1: Beginn' })
    await expect(start.getByRole('combobox')).toHaveCount(2)
    await expect(start.getByRole('combobox', { name: 'Stunde' })).toHaveValue('9')
    await expect(start.getByRole('combobox', { name: 'Stunde' }).locator('option')).toHaveCount(24)
    await expect(page.locator('input[type="time"]')).toHaveCount(0)
  })

  test('with every section open, the screen has no serious accessibility problems', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.invoke('settings:update', {
      remindersDaily: [
        { id: 'm', time: '08:00', days: [1, 2], label: 'Morning scan', practiceId: null },
      ],
    })
    await loosen.open('#/reminders')
    await page.locator('summary', { hasText: 'Daily practice reminders' }).click()
    const closed = page.locator('details:not([open]) > summary')
    while ((await closed.count()) > 0) await closed.first().click()
    await expect(page.getByRole('group', { name: 'Monday range 1 starts' })).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    const severe = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(severe).toEqual([])
  })
})
