import type { Locator, Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'

// The shared look every control relies on: a focus ring a keyboard user can see on every
// Tab stop, in both themes, and disabled buttons that look disabled.

const HOUR = 3_600_000
const SCREENS = ['practice', 'log', 'insights', 'reminders', 'settings', 'about'] as const

/** Every visible Tab stop on the page whose focus shows no outline or shadow change. */
async function controlsWithoutRing(page: Page): Promise<{ count: number; bare: string[] }> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      if (el.closest('[inert], dialog:not([open])')) return false
      if (el.classList.contains('skip-link')) return false
      // Closed <details> content and hidden panels are not Tab stops a user can see.
      return el.checkVisibility({ visibilityProperty: true }) && el.tabIndex >= 0
    })
    const look = (el: HTMLElement) => {
      const s = getComputedStyle(el)
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
      return {
        ring: `${outline ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none'}|${s.boxShadow}`,
      }
    }
    const bare: string[] = []
    for (const el of all) {
      el.blur()
      const before = look(el).ring
      el.focus({ preventScroll: true })
      const after = look(el).ring
      const describe = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 40)}"`
      if (document.activeElement !== el) bare.push(`${describe} (cannot take focus)`)
      else if (before === after || after === 'none|none') bare.push(describe)
    }
    return { count: all.length, bare }
  })
}

for (const theme of ['light', 'dark'] as const) {
  test(`every Tab stop on every screen shows a focus ring (${theme})`, async ({ loosen }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.invoke('settings:update', { theme })
    const now = loosen.clock.now()
    for (const [i, value] of [6, 5, 7].entries()) {
      await loosen.invoke('log:addRating', {
        value,
        takenAt: now - (i + 1) * 20 * HOUR,
        tags: ['desk day'],
      })
    }
    for (const screen of SCREENS) {
      await loosen.open(`#/${screen}`)
      // A key press first: focus() then counts as keyboard focus (:focus-visible).
      await page.keyboard.press('Shift')
      const { count, bare } = await controlsWithoutRing(page)
      expect(count, `${screen}: no controls found`).toBeGreaterThan(2)
      expect(bare, `${screen} (${theme}): controls with no visible focus`).toEqual([])
    }
    // The practice setup: chips, sliders, checkboxes.
    await loosen.open('#/practice/resonance-breathing')
    await page.keyboard.press('Shift')
    const setup = await controlsWithoutRing(page)
    expect(setup.bare, `practice setup (${theme})`).toEqual([])
  })
}

/** Pairs of visible buttons closer than 4 px side by side or one above the other. */
async function touchingButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const buttons = [
      ...document.querySelectorAll<HTMLElement>('button, input[type="submit"], .button-like'),
    ].filter((b) => b.checkVisibility({ visibilityProperty: true }))
    const boxes = buttons.map((b) => ({ b, r: b.getBoundingClientRect() }))
    const name = (b: HTMLElement) => (b.getAttribute('aria-label') ?? b.textContent).trim()
    const close: string[] = []
    for (const [i, a] of boxes.entries()) {
      for (const c of boxes.slice(i + 1)) {
        const dx = Math.max(c.r.left - a.r.right, a.r.left - c.r.right)
        const dy = Math.max(c.r.top - a.r.bottom, a.r.top - c.r.bottom)
        if (dx < 4 && dy < 4) close.push(`"${name(a.b)}" / "${name(c.b)}"`)
      }
    }
    return close
  })
}

test('buttons never touch on any screen', async ({ loosen }) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  const now = loosen.clock.now()
  for (const [i, value] of [6, 5, 7].entries()) {
    await loosen.invoke('log:addRating', { value, takenAt: now - (i + 1) * 20 * HOUR })
  }
  for (const size of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
  ]) {
    await page.setViewportSize(size)
    for (const screen of SCREENS) {
      await loosen.open(`#/${screen}`)
      // Open every folded section so its buttons are measured too.
      const closed = page.locator('details:not([open]) > summary')
      while ((await closed.count()) > 0) await closed.first().click()
      expect(await touchingButtons(page), `${screen} at ${size.width} px`).toEqual([])
    }
    await loosen.open('#/practice/box-breathing')
    expect(await touchingButtons(page), `setup at ${size.width} px`).toEqual([])
  }
})

interface Look {
  opacity: string
  color: string
  background: string
  cursor: string
  border: string
}

function lookOf(button: Locator): Promise<Look> {
  return button.evaluate((el) => {
    const s = getComputedStyle(el)
    return {
      opacity: s.opacity,
      color: s.color,
      background: s.backgroundColor,
      cursor: s.cursor,
      border: s.borderColor,
    }
  })
}

function expectLooksDisabled(enabled: Look, disabled: Look, what: string) {
  expect(disabled, `${what}: looks the same disabled as enabled`).not.toEqual(enabled)
  expect(disabled.cursor, `${what}: cursor`).toBe('not-allowed')
  const dimmed = Number(disabled.opacity) < 1 || disabled.color !== enabled.color
  expect(dimmed, `${what}: neither dimmed nor recoloured`).toBe(true)
}

test('disabled buttons look disabled: Skip while paused, Save rating before a number is chosen, Next on the last step; a chosen rating shows', async ({
  loosen,
}) => {
  const { page } = loosen
  await page.mouse.move(0, 0)
  await loosen.acknowledgeFirstRun()

  // Reminders: Skip is enabled while sitting, disabled while paused.
  await loosen.open('#/reminders')
  const skip = page.getByRole('button', { name: 'Skip this break' })
  await expect(skip).toBeEnabled()
  const skipEnabled = await lookOf(skip)
  await loosen.invoke('reminders:pause', { for: '1h' })
  await expect(skip).toBeDisabled()
  expectLooksDisabled(skipEnabled, await lookOf(skip), 'Skip this break')

  // The after-practice rating: Save looks locked until a number is chosen; the chosen number
  // shows on the scale, which stays open, since the rating can change until the summary is left.
  await loosen.open('#/practice/box-breathing')
  await expect(page.getByText('Sounds ready.')).toBeVisible()
  await page.getByRole('button', { name: 'Start' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: 'Session stopped.' })).toBeVisible()
  const scale = page.getByRole('slider', { name: 'And how tense do your hips feel now?' })
  const save = page.getByRole('button', { name: 'Save rating' })
  const readout = page.locator('[class*="readout-number"]').last()
  await expect(save).toBeDisabled()
  const saveLocked = await lookOf(save)
  const unchosen = await lookOf(readout)
  await expect(readout).toHaveText('–')
  await scale.focus()
  await page.keyboard.press('3')
  await expect(save).toBeEnabled()
  expectLooksDisabled(await lookOf(save), saveLocked, 'Save rating')
  await expect(readout).toHaveText('3')
  expect((await lookOf(readout)).background).not.toEqual(unchosen.background)
  await page.keyboard.press('Enter')
  await expect(page.getByText('Self-rating saved.')).toBeVisible()
  await expect(scale).toBeEnabled()
  await expect(scale).toHaveAttribute('aria-valuetext', '3 of 10')

  // "Next step" on the last step of a practice.
  await page.getByRole('button', { name: 'Practise again' }).click()
  await page.getByRole('button', { name: 'Start' }).click()
  const next = page.getByRole('button', { name: 'Next step' })
  await expect(next).toBeEnabled()
  const nextEnabled = await lookOf(next)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByText('Step 3 of 3')).toBeVisible()
  await expect(next).toBeDisabled()
  expectLooksDisabled(nextEnabled, await lookOf(next), 'Next step')
})

test('the sidebar stays in view on a long screen, and Reset preferences is not the primary action', async ({
  loosen,
}) => {
  const { page } = loosen
  await page.setViewportSize({ width: 1280, height: 600 })
  await loosen.acknowledgeFirstRun()
  for (const screen of ['reminders', 'log', 'settings']) {
    await loosen.open(`#/${screen}`)
    // The screen grows once its data has arrived; scroll only when it is long.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight))
      .toBeGreaterThan(100)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    expect(await page.evaluate(() => window.scrollY), `${screen} is long`).toBeGreaterThan(100)
    await expect(page.getByRole('link', { name: 'Practice' })).toBeInViewport()
    await expect(page.getByRole('link', { name: 'About & help' })).toBeInViewport()
  }

  await page.getByRole('button', { name: 'Reset preferences…' }).click()
  const reset = page.getByRole('button', { name: 'Reset preferences', exact: true })
  await expect(reset).not.toHaveClass(/\bprimary\b/)
  const accent = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
  )
  const background = await reset.evaluate((el) => getComputedStyle(el).backgroundColor)
  const probe = await page.evaluate((colour) => {
    const el = document.createElement('span')
    el.style.color = colour
    document.body.append(el)
    const rgb = getComputedStyle(el).color
    el.remove()
    return rgb
  }, accent)
  expect(background).not.toEqual(probe)
})

test('radios, sliders, checkboxes and the file input take the accent colour', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  await loosen.open('#/practice/resonance-breathing')
  const accentOf = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).accentColor)
  expect(await accentOf('input[type="radio"]')).not.toBe('auto')
  expect(await accentOf('input[type="range"]')).not.toBe('auto')
  await loosen.open('#/settings')
  expect(await accentOf('input[type="checkbox"]')).not.toBe('auto')
  await loosen.open('#/log')
  const file = page.locator('input[type="file"]').first()
  expect(await file.evaluate((el) => getComputedStyle(el).accentColor)).not.toBe('auto')
})
