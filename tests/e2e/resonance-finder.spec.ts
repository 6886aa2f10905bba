import { expect, test, type LoosenHarness } from './harness/fixtures'

async function advance(loosen: LoosenHarness, ms: number): Promise<void> {
  loosen.clock.advance(ms)
  await loosen.page.clock.runFor(ms)
}

/** Ease and calm given at each rate: 5.5 a minute feels best. */
const RATINGS: Record<string, [number, number]> = {
  '6.5': [6, 5],
  '6': [7, 6],
  '5.5': [8, 8],
  '5': [7, 7],
  '4.5': [4, 6],
}

test('the rate finder steps from 6.5 to 4.5 breaths a minute, and the pace that felt best becomes Resonance Breathing’s', async ({
  loosen,
}) => {
  test.setTimeout(120_000)
  const { page } = loosen
  await page.clock.install({ time: loosen.clock.now() })
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/practice/resonance-breathing')
  await expect(page.getByText('Breaths per minute: 6')).toBeVisible()
  await page.getByRole('link', { name: 'Find yours with the rate finder' }).click()
  await expect(page.getByRole('heading', { name: 'Find your resonance pace' })).toBeVisible()
  await expect(page.getByText(/not a heart-rate-variability measurement/)).toBeVisible()
  await page.getByRole('button', { name: 'Start (10 minutes)' }).click()
  const pauseTime = (await page.evaluate(() => Date.now())) + 500
  await page.clock.pauseAt(pauseTime)
  loosen.clock.set(pauseTime)

  for (const rate of ['6.5', '6', '5.5', '5', '4.5']) {
    await expect(
      page.getByRole('heading', { name: `Rate finder: ${rate} breaths a minute` }),
    ).toBeVisible()
    await advance(loosen, 121_000)
    await expect(
      page.getByRole('heading', { name: `How was ${rate} breaths a minute?` }),
    ).toBeVisible()
    const [ease, calm] = RATINGS[rate] ?? [0, 0]
    await page
      .getByRole('group', { name: /^Ease/ })
      .getByRole('radio', { name: String(ease) })
      .check()
    await page
      .getByRole('group', { name: /^Calm/ })
      .getByRole('radio', { name: String(calm) })
      .check()
    await page
      .getByRole('button', { name: rate === '4.5' ? 'See the result' : 'Next rate' })
      .click()
  }

  await expect(
    page.getByText('The rate that felt best to you: 5.5 breaths a minute.'),
  ).toBeVisible()
  await page
    .getByRole('button', { name: 'Use 5.5 breaths a minute for Resonance Breathing' })
    .click()
  await expect(
    page.getByText('Resonance Breathing now starts at 5.5 breaths a minute.'),
  ).toBeVisible()

  const db = loosen.services().database.db
  // Each round was a two-minute Resonance Breathing session at its own rate.
  const sessions = db
    .prepare(
      "SELECT status, planned_ms FROM practice_sessions WHERE practice_id = 'resonance-breathing'",
    )
    .all()
  expect(sessions).toHaveLength(5)
  expect(sessions.every((s) => (s as { status: string }).status === 'completed')).toBe(true)

  await loosen.open('#/practice/resonance-breathing')
  await expect(page.getByText('Breaths per minute: 5.5')).toBeVisible()
  await expect(page.getByText('One breath: in 4.4 s, out 6.5 s.')).toBeVisible()
})
