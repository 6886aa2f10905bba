import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from './harness/fixtures'

// Every screen in both themes at a roomy and a small window, written to
// test-results/screenshots/ for a person to look at after each run. Each also checks what a
// person would notice at once: the screen's title is in view and nothing scrolls sideways.

const SHOTS = resolve(__dirname, '../../test-results/screenshots')
const HOUR = 3_600_000
const SCREENS = ['today', 'practice', 'log', 'insights', 'reminders', 'settings', 'about'] as const
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const

for (const theme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`every screen in the ${theme} theme at ${size.width}×${size.height}`, async ({
      loosen,
    }) => {
      const { page } = loosen
      mkdirSync(SHOTS, { recursive: true })
      await loosen.acknowledgeFirstRun()
      await loosen.invoke('settings:update', { theme })
      const now = loosen.clock.now()
      for (const [i, value] of [6, 5, 7, 4, 5, 3].entries()) {
        await loosen.invoke('log:addRating', {
          value,
          takenAt: now - (i + 1) * 20 * HOUR,
          tags: ['desk day'],
          regions: { sacrum: value },
        })
      }
      await page.setViewportSize(size)
      for (const screen of SCREENS) {
        await loosen.open(`#/${screen}`)
        await expect(page.locator('h1.screen-title')).toBeInViewport()
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(sideways, `${screen} scrolls sideways`).toBeLessThanOrEqual(0)
        await page.screenshot({
          path: join(SHOTS, `${screen}-${theme}-${size.width}x${size.height}.png`),
          fullPage: true,
        })
      }
    })
  }
}

const WELCOME_STEPS = ['hello', 'self-care', 'day', 'style', 'sound', 'check-in'] as const

for (const theme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`every welcome step in the ${theme} theme at ${size.width}×${size.height}`, async ({
      loosen,
    }) => {
      const { page } = loosen
      mkdirSync(SHOTS, { recursive: true })
      await loosen.invoke('settings:update', { theme })
      await page.setViewportSize(size)
      await loosen.open()
      const welcome = page.getByRole('dialog', { name: 'Welcome to Loosen' })
      for (const [i, step] of WELCOME_STEPS.entries()) {
        const heading = welcome.getByRole('heading', { level: 2 })
        await expect(heading).toBeFocused()
        // The step's heading and its way on are both on screen, without scrolling the page.
        await expect(heading).toBeInViewport()
        await expect(
          welcome.getByRole('button', { name: /^(Get started|Next|Finish)$/ }),
        ).toBeInViewport()
        await page.screenshot({
          path: join(
            SHOTS,
            `welcome-${String(i + 1)}-${step}-${theme}-${size.width}x${size.height}.png`,
          ),
        })
        if (i < WELCOME_STEPS.length - 1) {
          await welcome.getByRole('button', { name: /^(Get started|Next)$/ }).click()
        }
      }
    })
  }
}

test('the Insights chart redraws in the new colours when the theme changes', async ({ loosen }) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.invoke('settings:update', { theme: 'light' })
  const now = loosen.clock.now()
  for (const [i, value] of [6, 5, 7].entries()) {
    await loosen.invoke('log:addRating', { value, takenAt: now - (i + 1) * 20 * HOUR })
  }
  await loosen.open('#/insights')
  const chart = page.locator('[data-axis-color]').first()
  await expect(chart).toHaveAttribute('data-drawn', '3')
  const light = await chart.getAttribute('data-axis-color')
  expect(light).toBeTruthy()
  // Changed from another window (the quick-log window, or a second screen of Settings).
  await loosen.invoke('settings:update', { theme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(chart).not.toHaveAttribute('data-axis-color', light ?? '')
  await expect(chart).toHaveAttribute('data-drawn', '3')
})

// Session mode: the breathing pacer, the body scan, a movement step with its drawing and the
// summary, each as a person meets them (full window, the sidebar out of sight).
for (const theme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`session mode in the ${theme} theme at ${size.width}×${size.height}`, async ({
      loosen,
    }) => {
      test.setTimeout(120_000)
      const { page } = loosen
      // Real time in the page and in main alike, so the sessions save as they would.
      loosen.clock.set(Date.now())
      mkdirSync(SHOTS, { recursive: true })
      await loosen.acknowledgeFirstRun()
      await loosen.invoke('settings:update', { theme })
      await page.setViewportSize(size)
      const shot = async (name: string) => {
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(sideways, `${name} scrolls sideways`).toBeLessThanOrEqual(0)
        await page.screenshot({
          path: join(SHOTS, `session-${name}-${theme}-${size.width}x${size.height}.png`),
        })
      }
      // Main's harness clock stands still between sets: keep it on the page's real time before
      // each session, or a loaded machine takes long enough for a save to read as "in the future".
      const start = async (practice: string, steps: number) => {
        loosen.clock.set(Date.now())
        await loosen.open(`#/practice/${practice}`)
        await expect(page.getByText('Sounds ready.')).toBeVisible()
        await page.getByRole('button', { name: 'Start' }).click()
        await expect(page.getByRole('button', { name: 'Pause' })).toBeInViewport()
        for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight')
      }

      await start('box-breathing', 1)
      await expect(page.locator('.pacer-label')).toBeInViewport()
      await shot('breathing-pacer')

      await start('hip-pelvis-body-scan', 4)
      await shot('body-scan')

      await start('movement-break', 1)
      await expect(page.getByRole('img', { name: /low kneeling lunge/ })).toBeInViewport()
      await shot('movement-step')

      await loosen.open('#/practice/box-breathing')
      await expect(page.getByText('Sounds ready.')).toBeVisible()
      await page.getByRole('slider', { name: 'How tense do your hips feel right now?' }).fill('7')
      await page.getByRole('button', { name: 'Start' }).click()
      await expect(page.getByRole('button', { name: 'Pause' })).toBeInViewport()
      loosen.clock.set(Date.now())
      await page.keyboard.press('Escape')
      await page.getByRole('slider', { name: 'And how tense do your hips feel now?' }).fill('4')
      await page.getByRole('button', { name: 'Save rating' }).click()
      await expect(page.getByText('Your rating: 7 → 4, three points looser')).toBeVisible()
      await shot('summary')
    })
  }
}
