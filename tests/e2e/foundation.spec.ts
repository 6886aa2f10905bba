import AxeBuilder from '@axe-core/playwright'
import { screens } from '../../renderer/src/app/screens'
import { expect, test } from './harness/fixtures'

test.describe('app shell', () => {
  test('the welcome appears on first run, Escape skips it, and About & help shows it again', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.open()
    const welcome = page.getByRole('dialog', { name: 'Welcome to Loosen' })
    await expect(welcome).toBeVisible()
    await expect(welcome).toContainText('not medical advice')
    await expect(welcome).toContainText('Stop if you feel sharp pain')
    // Escape skips it at once (no "are you sure?"), and the choice is kept.
    await page.keyboard.press('Escape')
    await expect(welcome).toBeHidden()
    await expect(page.locator('h1.screen-title')).toHaveText('Today')
    await expect.poll(() => loosen.services().settings.read().onboardingDone).toBe(true)

    await page.reload()
    await expect(page.locator('h1.screen-title')).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'Welcome to Loosen' })).toBeHidden()

    // The self-care note can be read again from About & help, and so can the whole welcome.
    await page.keyboard.press('Alt+6')
    await expect(page.getByRole('heading', { name: 'Self-care, not medical advice' })).toBeVisible()
    await page.getByRole('button', { name: 'Show the welcome again' }).click()
    await expect(welcome).toBeVisible()
    await expect(welcome.getByRole('heading', { name: 'Welcome to Loosen' })).toBeFocused()
    await welcome.getByRole('button', { name: 'Skip for now' }).click()
    await expect(welcome).toBeHidden()
    await expect(page.getByRole('button', { name: 'Show the welcome again' })).toBeFocused()
  })

  test('About & help explains stopping, cites the breathing research and names the data folder', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open('#/about')
    const stopping = page.getByRole('region', { name: 'Stopping safely' })
    await expect(stopping).toContainText('Esc')
    await expect(stopping).toContainText('light-headed')
    const research = page.getByRole('region', { name: 'Why slow breathing and short breaks' })
    await expect(research).toContainText('not an established clinical finding')
    for (const source of [
      'Zaccaro et al. 2018',
      'Lehrer & Gevirtz 2014',
      'Shaffer & Meehan 2020',
      'Van Diest et al. 2014',
      'Balban et al. 2023',
      'Dunstan et al. 2012',
    ]) {
      await expect(research.locator('cite', { hasText: source })).toBeVisible()
    }
    const data = page.getByRole('region', { name: 'Your data' })
    await expect(data.getByText(loosen.dataFolder, { exact: true })).toBeVisible()
    await expect(data).toContainText('never deleted')
    await expect(page.getByRole('region', { name: 'Keyboard' })).toContainText('logs how tense')
  })

  test('every screen is reachable with the keyboard alone', async ({ loosen }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open()
    for (const screen of screens) {
      // Tab from the top of the page to the screen's link, then press Enter.
      await page.locator('body').focus()
      let reached = false
      for (let i = 0; i < 20 && !reached; i++) {
        await page.keyboard.press('Tab')
        reached = await page.evaluate(
          (label) => document.activeElement?.textContent === label,
          screen.label,
        )
      }
      expect(reached, `Tab reaches ${screen.label}`).toBe(true)
      await page.keyboard.press('Enter')
      await expect(page.locator('h1.screen-title')).toHaveText(screen.label)
      await expect(page.getByRole('link', { name: screen.label })).toHaveAttribute(
        'aria-current',
        'page',
      )
    }
    // Shortcuts reach them too.
    await page.keyboard.press('Alt+2')
    await expect(page.locator('h1.screen-title')).toHaveText('Log')
  })

  test('focus is visible on keyboard navigation', async ({ loosen }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement
      return getComputedStyle(active).outlineStyle
    })
    expect(outline).toBe('solid')
  })

  test('a settings change is stored in SQLite and survives a reload and a restart', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open('#/settings')
    await page.getByLabel('Theme').selectOption('dark')
    await expect(page.getByRole('status')).toHaveText('Saved.')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

    loosen.restartServices()
    expect(loosen.services().settings.read().theme).toBe('dark')
    await page.reload()
    await expect(page.getByLabel('Theme')).toHaveValue('dark')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(23, 25, 28)')
  })

  test('a malformed request through the bridge gets a typed error and changes nothing', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open()
    const before = loosen.services().settings.read()
    const answers = await page.evaluate(async () => {
      const api = window.loosen as unknown as Record<
        string,
        Record<string, (p: unknown) => unknown>
      >
      return Promise.all([
        api['settings']!['update']!({ theme: 'purple' }),
        api['settings']!['update']!({ theme: 'dark', sneaky: true }),
        api['settings']!['update']!('dark'),
        api['settings']!['update']!({}),
        api['settings']!['get']!({ unexpected: 1 }),
      ])
    })
    for (const answer of answers) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(answers[0]).toMatchObject({ error: { field: 'theme' } })
    expect(answers[1]).toMatchObject({ error: { field: 'sneaky' } })
    expect(loosen.services().settings.read()).toEqual(before)
    const unknown = await loosen.invoke('nope:nothing' as never, {})
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
  })

  test('the renderer gets no Node and exactly one bridge', async ({ loosen }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open()
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      loosen: typeof window.loosen,
      domains: Object.keys(window.loosen).sort(),
    }))
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      loosen: 'object',
      domains: expect.arrayContaining(['app', 'events', 'settings']),
    })
  })

  // One test per theme and screen, so a slow machine runs them in parallel within the time limit.
  for (const theme of ['light', 'dark'] as const) {
    for (const screen of screens) {
      test(`${screen.label} has no serious or critical accessibility problems (${theme})`, async ({
        loosen,
      }) => {
        const { page } = loosen
        await loosen.invoke('settings:update', { theme, firstRunAcknowledged: true })
        await loosen.open(`#/${screen.name}`)
        await expect(page.locator('h1.screen-title')).toHaveText(screen.label)
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        const results = await new AxeBuilder({ page }).analyze()
        const severe = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
        expect(severe).toEqual([])
      })
    }
  }
})
