import { expect, test } from './harness/fixtures'

const DAY = 24 * 60 * 60 * 1000

test('a due PEG check-in is answered by keyboard alone, scored, and not offered again this week', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/log')
  const panel = page.getByRole('region', { name: 'Check-ins' })
  await expect(panel.getByRole('list', { name: 'Check-ins due' })).toContainText('PEG')

  await panel.getByRole('button', { name: 'Answer now' }).focus()
  await page.keyboard.press('Enter')
  // The first question has focus: type, Tab, type, Tab, type, Enter.
  await expect(page.getByLabel(/pain on average in the past week/)).toBeFocused()
  await page.keyboard.type('6')
  await page.keyboard.press('Tab')
  await page.keyboard.type('7')
  await page.keyboard.press('Tab')
  await page.keyboard.type('8')
  await page.keyboard.press('Enter')

  // Confirmed in the Log's toast, in view wherever the form was.
  const toast = page.getByRole('status').filter({ hasText: 'Check-in saved.' })
  await expect(toast).toBeInViewport()
  await expect(panel.getByText('No check-in due right now.')).toBeVisible()
  const score = panel.getByRole('region', { name: 'PEG score' })
  await expect(score).toContainText('7.0')
  await expect(score).toContainText('After your next PEG')
  await expect(panel).toContainText('not a diagnosis')

  const rows = loosen.services().database.db.prepare('SELECT * FROM checkins').all() as {
    instrument: string
    status: string
    answers: string
  }[]
  expect(rows).toEqual([
    expect.objectContaining({ instrument: 'peg', status: 'answered', answers: '[6,7,8]' }),
  ])
})

test('a second PEG 30% lower is flagged as a meaningful change, labelled as borrowed from research', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  const first = await loosen.invoke('checkins:answer', {
    instrument: 'peg',
    answers: [7, 7, 7],
    takenAt: loosen.clock.now() - 8 * DAY,
  })
  expect(first.ok).toBe(true)
  await loosen.open('#/log')
  const panel = page.getByRole('region', { name: 'Check-ins' })
  await panel.getByRole('button', { name: 'Answer now' }).click()
  for (const value of ['5', '5', '4']) {
    await page.keyboard.type(value)
    await page.keyboard.press('Tab')
  }
  await page.keyboard.press('Enter')
  const score = panel.getByRole('region', { name: 'PEG score' })
  await expect(score).toContainText('4.7')
  await expect(score).toContainText('Meaningful change')
  await expect(score).toContainText('From 7.0 to 4.7 (33% lower)')
  await expect(panel).toContainText('borrowed from pain research')
})

test('a due check-in can be skipped and stays quiet until its next interval', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/log')
  const panel = page.getByRole('region', { name: 'Check-ins' })
  await panel.getByRole('button', { name: 'Skip this week' }).focus()
  await page.keyboard.press('Enter')
  const toast = page.getByRole('status').filter({ hasText: 'Skipped' })
  await expect(toast).toBeInViewport()
  await expect(panel.getByText('No check-in due right now.')).toBeVisible()
  // The pressed button is gone: the panel's heading keeps the place.
  await expect(panel.getByRole('heading', { name: 'Check-ins' })).toBeFocused()
  // Undo (Ctrl+Z, or the toast's button) takes the skip back, and the PEG is offered again.
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('status').filter({ hasText: 'Taken back.' })).toBeInViewport()
  await expect(panel.getByRole('button', { name: 'Skip this week' })).toBeVisible()
})

test('what goes with better days: a tag with looser days is named, worded as an association', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  const now = loosen.clock.now()
  // 20 days tagged walk and 20 tagged desk, alternating; the same spread, 3 points apart.
  for (let k = 0; k < 20; k += 1) {
    for (const [tag, base, day] of [
      ['walk', 3, 2 * k + 1],
      ['desk', 6, 2 * k + 2],
    ] as const) {
      const result = await loosen.invoke('log:addRating', {
        value: base + (k % 3),
        takenAt: now - day * DAY,
        tags: [tag],
      })
      expect(result.ok).toBe(true)
    }
  }
  await loosen.open('#/log')
  const panel = page.getByRole('region', { name: 'What goes with better days' })
  await expect(panel).toContainText('they do not show that one causes the other')
  const walk = panel.getByRole('listitem').filter({ hasText: 'Days tagged “walk”' })
  await expect(walk).toContainText('Tension averaged 3.0 lower than on other days')
  await expect(walk).toContainText('20 days with, 20 without')
  await expect(panel.getByRole('listitem').filter({ hasText: '“desk”' })).toContainText(
    '3.0 higher',
  )
})

test('after a month, the overall-change question is answered with the arrow keys and Enter', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  const first = await loosen.invoke('checkins:answer', {
    instrument: 'peg',
    answers: [5, 5, 5],
    takenAt: loosen.clock.now() - 31 * DAY,
  })
  expect(first.ok).toBe(true)
  await loosen.open('#/log')
  const panel = page.getByRole('region', { name: 'Check-ins' })
  const due = panel.getByRole('listitem').filter({ hasText: 'Overall change' })
  await due.getByRole('button', { name: 'Answer now' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('radio', { name: 'Very much improved' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: 'Much improved', exact: true })).toBeChecked()
  await page.keyboard.press('Enter')
  // Confirmed in the Log's toast, in view wherever the form was.
  const toast = page.getByRole('status').filter({ hasText: 'Check-in saved.' })
  await expect(toast).toBeInViewport()
  const result = panel.getByRole('region', { name: 'Overall change' })
  await expect(result).toContainText('Much improved')
  await expect(result).toContainText('Meaningful change')
  await expect(result).toContainText('style of a global impression of change')
})
