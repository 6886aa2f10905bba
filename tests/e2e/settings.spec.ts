import { randomUUID } from 'node:crypto'
import { expect, test } from './harness/fixtures'

const DAY = 24 * 60 * 60 * 1000

test.describe('settings', () => {
  test('streaks show days in a row and can be hidden', async ({ loosen }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    const now = loosen.clock.now()
    for (const daysAgo of [2, 1, 0]) {
      const startedAt = now - daysAgo * DAY - 60_000
      const saved = await loosen.invoke('practice:recordSession', {
        id: randomUUID(),
        practiceId: 'box-breathing',
        practiceTitle: 'Box Breathing',
        plannedMs: 240_000,
        actualMs: 50_000,
        status: 'stopped',
        startedAt,
        endedAt: startedAt + 50_000,
      })
      expect(saved.ok).toBe(true)
    }
    await loosen.open('#/practice')
    await expect(page.getByText('3 days in a row, including today.')).toBeVisible()

    await page.keyboard.press('Alt+5')
    await page.getByLabel('Streaks').selectOption('false')
    await expect(page.getByText('Saved.')).toBeVisible()
    await page.keyboard.press('Alt+1')
    await expect(page.getByRole('heading', { name: 'Recent sessions' })).toBeVisible()
    await expect(page.getByText('days in a row')).toHaveCount(0)
  })

  test('resetting preferences asks first, keeps logged data and the first-run answer', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.invoke('settings:update', { theme: 'dark', practiceAskRatings: false })
    await loosen.invoke('log:addRating', { value: 5 })
    await loosen.open('#/settings')
    await expect(page.getByLabel('Theme')).toHaveValue('dark')
    await expect(page.getByLabel('Self-ratings around a practice')).toHaveValue('false')

    await page.getByRole('button', { name: 'Reset preferences…' }).click()
    // Focus starts on the safe choice.
    await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused()
    await page.keyboard.press('Enter')
    expect(loosen.services().settings.read().theme).toBe('dark')

    await page.getByRole('button', { name: 'Reset preferences…' }).click()
    await page.getByRole('button', { name: 'Reset preferences', exact: true }).click()
    await expect(page.getByRole('status')).toHaveText('Preferences are back to their defaults.')
    await expect(page.getByLabel('Theme')).toHaveValue('system')
    await expect(page.getByLabel('Self-ratings around a practice')).toHaveValue('true')
    const settings = loosen.services().settings.read()
    expect(settings.firstRunAcknowledged).toBe(true)
    const ratings = loosen.services().database.db.prepare('SELECT count(*) AS n FROM ratings').get()
    expect(ratings).toEqual({ n: 1 })
  })
})
