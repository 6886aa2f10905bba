import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test, type LoosenHarness } from './harness/fixtures'

/** Box Breathing at 2 min: a 10 s settling step, then 4-4-4-4 breaths. */
const SETTLE_MS = 10_000
const PHASES = ['Breathe in', 'Hold', 'Breathe out', 'Hold']

async function openPaused(loosen: LoosenHarness, hash: string): Promise<Page> {
  const { page } = loosen
  await page.clock.install({ time: loosen.clock.now() })
  await loosen.acknowledgeFirstRun()
  await loosen.open(hash)
  // Sounds load while the user chooses; the start waits for them.
  await expect(page.getByText('Sounds ready.')).toBeVisible()
  // From here on, page time moves only when the test says so.
  const pauseTime = (await page.evaluate(() => Date.now())) + 500
  await page.clock.pauseAt(pauseTime)
  loosen.clock.set(pauseTime)
  return page
}

async function advance(loosen: LoosenHarness, ms: number): Promise<void> {
  loosen.clock.advance(ms)
  await loosen.page.clock.runFor(ms)
}

function audioLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__loosenAudioLog ?? []).map((entry) => entry.sound))
}

test.describe('guided practice', () => {
  test('box breathing keeps time for two cycles, pauses, rings a real bell and saves a partial session', async ({
    loosen,
  }) => {
    const page = await openPaused(loosen, '#/practice/box-breathing')
    await page.getByRole('radio', { name: '2 min' }).check()
    await page.getByRole('slider', { name: 'How tense do your hips feel right now?' }).fill('6')
    await page.getByRole('button', { name: 'Start' }).click()

    const label = page.locator('.pacer-label')
    await expect(page.getByText('Step 1 of 3')).toBeVisible()
    await expect(page.locator('.player-instruction')).toHaveText(
      'Sit upright and let your shoulders drop.',
    )
    await expect(label).toHaveText('Breathe at your own pace')

    await advance(loosen, SETTLE_MS - 1)
    await expect(label).toHaveText('Breathe at your own pace')
    await advance(loosen, 1)
    await expect(page.getByText('Step 2 of 3')).toBeVisible()

    // The start bell went through howler: its 'play' event was seen by the test hook.
    await expect.poll(() => audioLog(page)).toContain('bell-start')

    for (let cycle = 0; cycle < 2; cycle++) {
      for (const phase of PHASES) {
        await expect(label).toHaveText(phase)
        await advance(loosen, 3_999)
        await expect(label).toHaveText(phase)
        await advance(loosen, 1)
      }
    }
    await expect(label).toHaveText('Breathe in')

    // Pause: nothing moves, however long it stays paused.
    await page.keyboard.press('Space')
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
    const left = await page.locator('.player-time-value').textContent()
    await advance(loosen, 30_000)
    await expect(label).toHaveText('Breathe in')
    await expect(page.locator('.player-time-value')).toHaveText(left ?? '')
    await page.keyboard.press('Space')
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
    await advance(loosen, 4_000)
    await expect(label).toHaveText('Hold')

    // Past a minute in, Escape asks first; "Keep going" is the safe default.
    await advance(loosen, 20_000)
    await page.keyboard.press('Escape')
    const dialog = page.getByRole('dialog', { name: 'Stop this session?' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Stop and save' }).click()
    await expect(page.getByRole('heading', { name: 'Session stopped.' })).toBeVisible()
    await page.getByRole('slider', { name: 'And how tense do your hips feel now?' }).fill('3')
    await page.getByRole('button', { name: 'Save rating' }).click()
    await expect(page.getByText('Your rating: 6 → 3, three points looser')).toBeVisible()

    await page.reload()
    await loosen.open('#/practice')
    const recent = page.getByRole('region', { name: 'Recent sessions' })
    await expect(recent).toContainText('Box Breathing')
    await expect(recent).toContainText('1 min 6 s of 2 min, partly done')

    const db = loosen.services().database.db
    const session = db.prepare('SELECT * FROM practice_sessions').get() as Record<string, unknown>
    expect(session).toMatchObject({
      practice_id: 'box-breathing',
      status: 'stopped',
      actual_ms: 66_000,
      planned_ms: 120_000,
    })
    const ratings = db
      .prepare('SELECT value, phase, session_id FROM ratings ORDER BY phase DESC')
      .all() as Record<string, unknown>[]
    expect(ratings).toEqual([
      { value: 6, phase: 'before', session_id: session['id'] },
      { value: 3, phase: 'after', session_id: session['id'] },
    ])
  })
})

test('the movement break opens from its route and runs start to finish with the keyboard alone', async ({
  loosen,
}) => {
  const page = await openPaused(loosen, '#/practice/movement-break')
  await expect(page.getByRole('heading', { name: 'Movement Break' })).toBeVisible()
  await expect(page.getByText('Move gently, and stop if you feel sharp pain.')).toBeVisible()
  // The Start button has focus, so Enter starts.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('img', { name: 'A figure walking' })).toBeVisible()
  // Focus stays in the session: Tab reaches its own controls, not the page's first link.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Leave full window' })).toBeFocused()
  await expect(page.getByText('Stop if you feel sharp pain.')).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('img', { name: /low kneeling lunge, left side/ })).toBeVisible()
  await expect(page.getByText('Stop if you feel sharp pain.')).toBeVisible()
  await advance(loosen, 1)
  await expect.poll(() => audioLog(page)).toContain('bell-step')

  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('img', { name: /figure-4|ankle crossed/ })).toBeVisible()
  await expect(
    page.getByRole('img', { name: 'A figure on the floor in pigeon pose, left side' }),
  ).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByText('Switch sides: right knee down.')).toBeVisible()

  await advance(loosen, 180_000)
  await expect(page.getByRole('heading', { name: 'Well done.' })).toBeVisible()
  await expect.poll(() => audioLog(page)).toContain('bell-end')
  await page.keyboard.press('Enter') // "Skip and finish" has focus
  await expect(page.getByRole('region', { name: 'Recent sessions' })).toContainText(
    /Movement Break.*completed/,
  )
})

test('resonance breathing paces at the rate and ratio chosen with the keyboard', async ({
  loosen,
}) => {
  const page = await openPaused(loosen, '#/practice/resonance-breathing')
  await expect(page.getByText('One breath: in 4 s, out 6 s.')).toBeVisible()
  await page.getByRole('slider', { name: /Breaths per minute/ }).focus()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('In-breath to out-breath')).toHaveValue('2')
  await expect(page.getByText('One breath: in 4 s, out 8 s.')).toBeVisible()
  await page.getByRole('button', { name: 'Start' }).focus()
  await page.keyboard.press('Enter')

  const label = page.locator('.pacer-label')
  await advance(loosen, 15_000)
  for (let cycle = 0; cycle < 2; cycle++) {
    await expect(label).toHaveText('Breathe in')
    await advance(loosen, 3_999)
    await expect(label).toHaveText('Breathe in')
    await advance(loosen, 1)
    await expect(label).toHaveText('Breathe out')
    await advance(loosen, 7_999)
    await expect(label).toHaveText('Breathe out')
    await advance(loosen, 1)
  }
  await expect(label).toHaveText('Breathe in')
})

test('an open-ended timer runs until Escape finishes it, rings the end bell and is saved as done', async ({
  loosen,
}) => {
  const page = await openPaused(loosen, '#/practice/open-timer')
  await page.getByLabel('Length').selectOption('open')
  await expect(page.getByText('Open-ended: finish when you like')).toBeVisible()
  await page.getByRole('button', { name: 'Start' }).focus()
  await page.keyboard.press('Enter')
  await advance(loosen, 70_000)
  await expect(page.locator('.player-time')).toContainText('1:10 so far')
  await page.keyboard.press('Escape')
  const dialog = page.getByRole('dialog', { name: 'Finish this session?' })
  await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Well done.' })).toBeVisible()
  await advance(loosen, 1)
  await expect.poll(() => audioLog(page)).toContain('bell-end')
  await expect
    .poll(() =>
      loosen
        .services()
        .database.db.prepare('SELECT status, planned_ms, actual_ms FROM practice_sessions')
        .all(),
    )
    .toEqual([{ status: 'completed', planned_ms: null, actual_ms: 70_000 }])
})

test('your own breathing patterns can be made, checked, copied, edited, started and deleted', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/practice')
  await expect(page.getByText('Make your own breathing pattern')).toBeVisible()
  await page.getByRole('button', { name: 'New breathing pattern' }).click()
  const editor = page.getByRole('form', { name: 'New breathing pattern' })
  await editor.getByLabel('Name').fill('Slow evening')
  await editor.getByLabel('Breathe out (s)').fill('40')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByRole('alert')).toHaveText('Keep the out-breath to 30 s or less.')
  await editor.getByLabel('Breathe out (s)').fill('8')
  await editor.getByLabel('Length (min)').fill('3')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('in 4, out 8 s · 3 min')).toBeVisible()

  await page.getByRole('button', { name: 'Duplicate Slow evening' }).click()
  await page.getByRole('button', { name: 'Edit Slow evening (copy)' }).click()
  const edit = page.getByRole('form', { name: 'Edit breathing pattern' })
  await edit.getByLabel('Name').fill('Slow morning')
  await edit.getByLabel('Hold after in (s)').fill('2')
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('in 4, hold 2, out 8 s · 3 min')).toBeVisible()

  await page.getByRole('button', { name: 'Delete Slow evening' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Deleted “Slow evening”.' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start Slow evening' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('button', { name: 'Start Slow evening' })).toBeVisible()
  await page.getByRole('button', { name: 'Delete Slow evening' }).click()
  await expect(page.getByRole('button', { name: 'Start Slow evening' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Start Slow morning' }).click()
  await expect(page.getByRole('heading', { name: 'Slow morning' })).toBeVisible()
  await expect(page.getByText('about 4.3 breaths a minute')).toBeVisible()
  const stored = await loosen.invoke('practice:listCustom')
  expect(stored).toMatchObject({ ok: true, value: [{ name: 'Slow morning', kind: 'breathing' }] })
})

test('the practice screens have no serious accessibility problems', async ({ loosen }) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  const severe = async (where: string) => {
    const results = await new AxeBuilder({ page }).analyze()
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }
  for (const theme of ['light', 'dark'] as const) {
    await loosen.invoke('settings:update', { theme })
    await loosen.open('#/practice')
    await expect(
      page.getByRole('heading', { name: 'About Trauma Release Exercises' }),
    ).toBeVisible()
    expect(await severe(`library/${theme}`)).toEqual([])
    // Heading navigation: every section sits one level under the one before, none skipped.
    const levels = await page
      .locator('h1, h2, h3, h4')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))))
    expect(levels.every((level, i) => i === 0 || level <= (levels[i - 1] ?? 1) + 1)).toBe(true)
    await page.getByRole('link', { name: /Hip & Pelvis Body Scan/ }).click()
    await expect(page.getByRole('radio', { name: /Lower legs on a chair/ })).toBeVisible()
    expect(await severe(`setup/${theme}`)).toEqual([])
    await page.getByRole('button', { name: 'Start' }).click()
    await expect(page.getByText('Step 1 of 11')).toBeVisible()
    expect(await severe(`player/${theme}`)).toEqual([])
    await page.getByRole('button', { name: 'Stop' }).click()
    await expect(page.getByRole('heading', { name: 'Session stopped.' })).toBeVisible()
    expect(await severe(`summary/${theme}`)).toEqual([])
  }
})

test('when sounds cannot load, the session carries on silently with a short note', async ({
  loosen,
}) => {
  const { page } = loosen
  await page.route('**/sounds/*', (route) => route.abort('failed'))
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/practice/belly-breathing')
  const note = 'Sounds could not be loaded, so this session is silent.'
  await expect(page.getByRole('status').filter({ hasText: note })).toBeVisible()
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.locator('.player').getByText(note)).toBeVisible()
  await expect(page.getByText('Rest one hand on your belly and one on your chest.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  expect(await audioLog(page)).toEqual([])
})

test('leaving the screen in the middle of a session still saves what was practised', async ({
  loosen,
}) => {
  const page = await openPaused(loosen, '#/practice/constructive-rest')
  await page.getByRole('button', { name: 'Start' }).click()
  await advance(loosen, 45_000)
  await page.keyboard.press('Alt+2')
  await expect(page.locator('h1.screen-title')).toHaveText('Log')
  await expect
    .poll(() =>
      loosen
        .services()
        .database.db.prepare('SELECT status, actual_ms FROM practice_sessions')
        .all(),
    )
    .toEqual([{ status: 'stopped', actual_ms: 45_000 }])
})
