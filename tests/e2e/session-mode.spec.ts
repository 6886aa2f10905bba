import type { Page } from '@playwright/test'
import { expect, test, type LoosenHarness } from './harness/fixtures'

// Session mode (issue 13): a running session fills the window, the pacer appears only where
// there is a breath to follow and counts each phase down, the timer has no steps to move
// between, movement steps show Loosen's own drawings, the body scan is heard at every region
// change, and the summary puts the user's two ratings side by side and lets the second change.

async function openPaused(loosen: LoosenHarness, hash: string): Promise<Page> {
  const { page } = loosen
  await page.clock.install({ time: loosen.clock.now() })
  await loosen.acknowledgeFirstRun()
  await loosen.open(hash)
  await expect(page.getByText('Sounds ready.')).toBeVisible()
  const pauseTime = (await page.evaluate(() => Date.now())) + 500
  await page.clock.pauseAt(pauseTime)
  loosen.clock.set(pauseTime)
  return page
}

/** Opens another practice in the same test: time flows while its sounds load, then stops. */
async function reopen(loosen: LoosenHarness, hash: string): Promise<void> {
  const { page } = loosen
  await page.clock.resume()
  await loosen.open(hash)
  await expect(page.getByText('Sounds ready.')).toBeVisible()
  const pauseTime = (await page.evaluate(() => Date.now())) + 500
  await page.clock.pauseAt(pauseTime)
  loosen.clock.set(pauseTime)
}

async function advance(loosen: LoosenHarness, ms: number): Promise<void> {
  loosen.clock.advance(ms)
  await loosen.page.clock.runFor(ms)
}

function audioLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__loosenAudioLog ?? []).map((entry) => entry.sound))
}

/** True when the point in the middle of the sidebar shows the session, not the sidebar. */
async function sidebarCovered(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const nav = document.querySelector('nav')
    if (!nav) return true
    const box = nav.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) return true
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return top?.closest('.player') !== null && top?.closest('.player') !== undefined
  })
}

/** Where the pacer's dot is, in view-box percent of the drawing: [x, y]. */
async function dotAt(page: Page): Promise<number[]> {
  const transform = await page
    .locator('.pacer-mover')
    .evaluate((el) => (el as HTMLElement).style.transform)
  return (transform.match(/-?[\d.]+/g) ?? []).map(Number)
}

async function expectDotNear(page: Page, x: number, y: number): Promise<void> {
  await expect
    .poll(async () => {
      const [atX = NaN, atY = NaN] = await dotAt(page)
      return Math.abs(atX - x) <= 2 && Math.abs(atY - y) <= 2
    })
    .toBe(true)
}

test('box breathing fills the window, traces a box and counts every phase down', async ({
  loosen,
}) => {
  const page = await openPaused(loosen, '#/practice/box-breathing')
  await page.getByRole('radio', { name: '2 min' }).check()
  await page.getByRole('button', { name: 'Start' }).click()

  // Full window at once: the sidebar is behind the session, and the way back is offered.
  await expect(page.getByRole('button', { name: 'Leave full window' })).toBeVisible()
  expect(await sidebarCovered(page)).toBe(true)

  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.pacer-stage')).toHaveAttribute('data-shape', 'box')
  await expect(page.locator('.pacer-label')).toHaveText('Breathe in')
  // The countdown is always there, not only with Reduce motion.
  const count = page.locator('.pacer-count')
  await expect(count).toBeVisible()
  await expect(count).toHaveText('4')
  // The dot runs up the left side of the box during the in-breath…
  await expectDotNear(page, 20, 80)
  // The countdown wakes just after each whole second.
  await advance(loosen, 1_010)
  await expect(count).toHaveText('3')
  const arc = page.locator('.phase-arc')
  const offsetAt3 = Number(
    await arc.evaluate((el) => getComputedStyle(el).strokeDashoffset.replace('px', '')),
  )
  await advance(loosen, 1_000)
  await expect(count).toHaveText('2')
  const offsetAt2 = Number(
    await arc.evaluate((el) => getComputedStyle(el).strokeDashoffset.replace('px', '')),
  )
  // The arc shrinks with the seconds left.
  expect(offsetAt2).toBeGreaterThan(offsetAt3)
  // Half-way through the in-breath, half-way up the side.
  await expectDotNear(page, 20, 50)
  await advance(loosen, 1_990)
  // …across the top while holding…
  await expect(page.locator('.pacer-label')).toHaveText('Hold')
  await expect(count).toHaveText('4')
  // Just past the moment, as the dot moves 4 times a second, each move a little after its
  // quarter second.
  await advance(loosen, 2_005)
  await expectDotNear(page, 50, 20)
  await advance(loosen, 2_000)
  // …down the right side breathing out, and back along the bottom.
  await expect(page.locator('.pacer-label')).toHaveText('Breathe out')
  await advance(loosen, 2_000)
  await expectDotNear(page, 80, 50)
  await advance(loosen, 4_000)
  await expectDotNear(page, 50, 80)

  // The normal view comes back with F (or the button), and F returns to the session.
  await page.keyboard.press('f')
  await expect(page.getByRole('button', { name: 'Full window' })).toBeVisible()
  expect(await sidebarCovered(page)).toBe(false)
  await page.keyboard.press('f')
  expect(await sidebarCovered(page)).toBe(true)
})

test('4-7-8 draws its in, hold and out; plain breathing grows a circle', async ({ loosen }) => {
  const page = await openPaused(loosen, '#/practice/four-seven-eight')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.pacer-stage')).toHaveAttribute('data-shape', 'profile')
  // In 4 s, hold 7 s, out 8 s: the profile rises over 4/19 of its width, then stays level.
  const path = await page.locator('.pacer-stage svg path').first().getAttribute('d')
  expect(path).toBe('M20.0 160 L53.7 40 L112.6 40 L180.0 160')
  await expect(page.locator('.pacer-count')).toHaveText('4')
  await advance(loosen, 4_000)
  await expect(page.locator('.pacer-label')).toHaveText('Hold')
  await expect(page.locator('.pacer-count')).toHaveText('7')
  await advance(loosen, 6_010)
  // A long hold says how much of it is left.
  await expect(page.locator('.pacer-count')).toHaveText('1')

  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Skip and finish' }).click()
  await reopen(loosen, '#/practice/belly-breathing')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.pacer-stage')).toHaveAttribute('data-shape', 'circle')
  await expect(page.locator('.pacer-count')).toHaveText('4')
})

test('"Breathe in" stays clear of the pacer at 800×600, with the whole session in view', async ({
  loosen,
}) => {
  await loosen.page.setViewportSize({ width: 800, height: 600 })
  const page = await openPaused(loosen, '#/practice/belly-breathing')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.pacer-label')).toHaveText('Breathe in')
  const label = await page.locator('.pacer-label').boundingBox()
  const stage = await page.locator('.pacer-stage').boundingBox()
  expect(label && stage).toBeTruthy()
  if (!label || !stage) return
  expect(label.y).toBeGreaterThanOrEqual(stage.y + stage.height)
  await expect(page.locator('.pacer-label')).toBeInViewport({ ratio: 1 })
  await expect(page.getByRole('button', { name: 'Pause' })).toBeInViewport({ ratio: 1 })
})

test('no breathing circle in the body scan, the movement break or the timer; the timer has no steps', async ({
  loosen,
}) => {
  test.setTimeout(120_000)
  const page = await openPaused(loosen, '#/practice/hip-pelvis-body-scan')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await expect(page.locator('.pacer-stage')).toHaveCount(0)
  await expect(page.locator('.pacer-label')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Skip and finish' }).click()

  await reopen(loosen, '#/practice/movement-break')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByRole('img', { name: 'A figure walking' })).toBeVisible()
  await expect(page.locator('.pacer-stage')).toHaveCount(0)
  // A movement break always asks whether it stopped for pain.
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Stop and save' }).click()
  await page.getByRole('button', { name: 'Skip and finish' }).click()

  await reopen(loosen, '#/practice/open-timer')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await expect(page.locator('.pacer-stage')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Previous step' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Next step' })).toHaveCount(0)
  // The arrow keys do not skip the warm-up either.
  await expect(page.getByText('Step 1 of 2')).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByText('Step 1 of 2')).toBeVisible()
})

test('movement steps show large drawings in the theme colours, not bright tiles in dark mode', async ({
  loosen,
}) => {
  await loosen.invoke('settings:update', { theme: 'dark' })
  const page = await openPaused(loosen, '#/practice/movement-break')
  await page.getByRole('button', { name: 'Start' }).click()
  const walk = page.getByRole('img', { name: 'A figure walking' })
  await expect(walk).toBeVisible()
  const box = await walk.boundingBox()
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(240)
  // Every drawing is Loosen's own inline SVG; its tile is dark in the dark theme.
  const tile = await walk
    .locator('rect')
    .first()
    .evaluate((el) => getComputedStyle(el).fill)
  const channels = (tile.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
  expect(Math.max(...channels)).toBeLessThan(80)
  for (let step = 0; step < 5; step++) {
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('svg[data-pose]').first()).toBeVisible()
  }
})

test('the body scan rings a soft cue at every region change, through the sound settings', async ({
  loosen,
}) => {
  const page = await openPaused(loosen, '#/practice/hip-pelvis-body-scan')
  await page.getByRole('radio', { name: '3 min' }).check()
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByText('Step 1 of 11')).toBeVisible()
  const stepBells = async () => (await audioLog(page)).filter((s) => s === 'bell-step').length
  expect(await stepBells()).toBe(0)
  // Each region change rings once, whether or not the script gave that step a bell.
  for (let step = 2; step <= 11; step++) {
    await page.keyboard.press('ArrowRight')
    await expect(page.getByText(`Step ${step} of 11`)).toBeVisible()
    await advance(loosen, 1)
    await expect.poll(stepBells).toBe(step - 1)
  }

  // Muted in the settings: the scan is silent.
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Skip and finish' }).click()
  await loosen.invoke('settings:update', { practiceMuted: true })
  await reopen(loosen, '#/practice/hip-pelvis-body-scan')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await advance(loosen, 1)
  await page.waitForTimeout(50)
  expect(await stepBells()).toBe(10)
})

test('a whole session by keyboard: focus stays put, the summary reads 7 → 4 and the rating can change', async ({
  loosen,
}) => {
  const page = await openPaused(loosen, '#/practice/box-breathing')
  await page.getByRole('radio', { name: '2 min' }).check()
  await page.getByRole('slider', { name: 'How tense do your hips feel right now?' }).focus()
  await page.keyboard.press('7')
  await page.getByRole('button', { name: 'Start' }).focus()
  await page.keyboard.press('Enter')

  const session = page.getByRole('region', { name: 'Box Breathing session' })
  await expect(session).toBeFocused()
  // Tab stays among the session's own controls, round and round.
  const seen: string[] = []
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab')
    const name = await page.evaluate(() => document.activeElement?.textContent.trim() ?? '')
    expect(await page.evaluate(() => document.activeElement?.closest('.player') !== null)).toBe(
      true,
    )
    seen.push(name)
  }
  expect(seen.slice(0, 5)).toEqual([
    'Leave full window',
    'Previous step',
    'Pause',
    'Next step',
    'Stop',
  ])
  expect(seen[5]).toBe('Leave full window')
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()

  await advance(loosen, 120_000)
  await expect(page.getByRole('heading', { name: 'Well done.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Skip and finish' })).toBeFocused()
  // The scale is the Tab stop just before it (Save is locked until a number is chosen).
  const scale = page.getByRole('slider', { name: 'And how tense do your hips feel now?' })
  await page.keyboard.press('Shift+Tab')
  await expect(scale).toBeFocused()
  await page.keyboard.press('4')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Your rating: 7 → 4, three points looser')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Finish' })).toBeFocused()
  // A change of mind before leaving: back past Clear and Save to the scale, two up, Enter;
  // the new number replaces the old one.
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Clear' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Save rating' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(scale).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(scale).toHaveAttribute('aria-valuetext', '6 of 10')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Your rating: 7 → 6, one point looser')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Finish' })).toBeFocused()
  await expect
    .poll(() =>
      loosen
        .services()
        .database.db.prepare("SELECT value FROM ratings WHERE phase = 'after'")
        .all(),
    )
    .toEqual([{ value: 6 }])

  await page.keyboard.press('Enter')
  await expect(page.getByRole('link', { name: /Box Breathing/ })).toBeFocused()
})
