import { expect, test } from './harness/fixtures'
import { seedPrompts } from './harness/seed-prompts'

// Issue 14 item 7 on Insights: how often a break followed a reminder, by hour of day, and long
// sitting stretches, over the range chosen at the top of the screen.

const HOUR = 3_600_000

test('Insights shows how often a break followed a reminder, by hour, and long sitting, for the chosen range', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  seedPrompts(loosen)
  await loosen.open('#/insights')
  const section = page.locator('section[aria-labelledby="prompts-title"]')
  await expect(section.getByRole('heading', { name: 'Reminders and breaks' })).toBeVisible()
  await expect(section).toContainText('Loosen reminded you 12 times in the last 30 days.')
  await expect(section.getByRole('listitem').filter({ hasText: 'within 1 minute' })).toHaveText(
    '0% within 1 minute',
  )
  await expect(section.getByRole('listitem').filter({ hasText: 'within 5 minutes' })).toHaveText(
    '25% within 5 minutes',
  )
  // Hours are the computer's local hours, as main reads them.
  const morning = new Date(loosen.clock.now()).getHours()
  const afternoon = new Date(loosen.clock.now() + 5 * HOUR).getHours()
  await expect(section.locator(`[data-hour="${String(morning)}"]`)).toContainText('50% of 6 times')
  await expect(section.locator(`[data-hour="${String(afternoon)}"]`)).toContainText('0% of 6 times')
  await expect(section.getByTestId('prompt-bouts')).toContainText(
    '1 sitting stretch went over 30 minutes on the 1 day with sitting recorded',
  )
  await expect(section.getByTestId('prompt-bouts')).toContainText('The longest was 1 h 35 min')
  await expect(section).toContainText('not what it caused')

  // A longer range brings in the two reminders 50 days back.
  await page.getByRole('radio', { name: '90 days' }).click()
  await expect(page.getByRole('radio', { name: '90 days' })).toBeChecked()
  await expect(section).toContainText('Loosen reminded you 14 times in the last 90 days.')
  await expect(section.getByRole('listitem').filter({ hasText: 'within 1 minute' })).toHaveText(
    '7% within 1 minute',
  )
})
