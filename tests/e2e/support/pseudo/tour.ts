import { expect, type LoosenHarness } from '../../harness/fixtures'
import { BREAK_WINDOW_SIZE } from '../../../../electron/main/shell/break-window-placement'
import { HARNESS_ORIGIN } from '../../harness/serve-renderer'
import { reportHash } from '../../../../electron/shared/report/report-hash'
import type { PseudoAudit } from './audit'
import { REPORT_NAME } from './seed'
import { shown } from './shown'

// The walk through every screen a person can reach, found by structure and by message (English
// or pseudo) rather than by English words, so it runs in any locale. Each stop is checked by
// the audit and pictured as `<prefix>-<screen><suffix>.png`.

const DAY = 24 * 3_600_000
export const MAIN_SCREENS = [
  'today',
  'practice',
  'log',
  'insights',
  'reminders',
  'settings',
  'about',
] as const

export interface Stop {
  loosen: LoosenHarness
  audit: PseudoAudit
  /** `pseudo` or `pseudo-rtl`. */
  prefix: string
  /** `-light-1280x800`, or '' for the right-to-left run. */
  suffix: string
  /** Whether words are checked (not in ar-XB, whose mirrored text keeps ASCII letters). */
  words: boolean
}

const shotName = (stop: Stop, screen: string, suffix = stop.suffix) =>
  `${stop.prefix}-${screen}${suffix}`

async function check(
  stop: Stop,
  screen: string,
  options: { fullPage?: boolean; suffix?: string; scope?: string } = {},
) {
  await stop.audit.check(screen, shotName(stop, screen, options.suffix ?? stop.suffix), {
    fullPage: options.fullPage ?? true,
    words: stop.words,
    ...(options.scope === undefined ? {} : { scope: options.scope }),
  })
}

/** The welcome of a first start, every step; leaves the app with the welcome done. */
export async function welcomeSteps(stop: Stop): Promise<void> {
  const { loosen } = stop
  const { page } = loosen
  await loosen.open()
  const welcome = page.locator('dialog[open]')
  await expect(welcome).toBeVisible()
  for (let step = 1; ; step++) {
    const heading = welcome.getByRole('heading', { level: 2 })
    await expect(heading).toBeFocused()
    await check(stop, `welcome-${String(step)}`, { fullPage: false, scope: 'dialog[open]' })
    // Next (or Get started) is the filled button; Finish, on the last step, is not.
    const onward = welcome.locator('[class*="_nav_"] button').last()
    if (!(await onward.evaluate((b) => b.classList.contains('primary')))) {
      await onward.click()
      break
    }
    const before = await heading.textContent()
    await onward.click()
    await expect(welcome.getByRole('heading', { level: 2 })).not.toHaveText(before ?? '')
  }
  await expect(welcome).toBeHidden()
  await loosen.acknowledgeFirstRun()
}

/**
 * Opens what a screen folds away (every <details>, every "Show … as a table"), so the words
 * and widths inside are checked too; nothing here changes data.
 */
async function unfold(page: LoosenHarness['page']): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('main details')) {
      if (details instanceof HTMLDetailsElement) details.open = true
    }
  })
  const toggles = page.locator('main button[aria-expanded="false"][aria-controls]')
  for (let i = await toggles.count(); i > 0; i--) await toggles.first().click()
}

/** The shell's screens, unfolded, the practice library's setup and the quick-log dialog. */
export async function mainScreens(stop: Stop): Promise<void> {
  const { loosen } = stop
  const { page } = loosen
  for (const screen of MAIN_SCREENS) {
    await loosen.open(`#/${screen}`)
    if (screen === 'insights') {
      await expect(page.locator('.line-chart[data-drawn]').first()).toBeVisible()
    }
    if (screen === 'log') await expect(page.locator('table tbody tr').first()).toBeVisible()
    await unfold(page)
    await check(stop, screen)
    if (screen === 'log') {
      await page.keyboard.press('Alt+KeyL')
      const dialog = page.locator('dialog[open]')
      await expect(dialog).toBeVisible()
      await check(stop, 'quick-log-dialog', { fullPage: false, scope: 'dialog[open]' })
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    }
  }
  await loosen.open('#/practice/box-breathing')
  await expect(page.locator('.sound-status')).toHaveText(shown('Sounds ready.'))
  await check(stop, 'practice-setup')
}

/** The picture's size part names the window's own size, not the main window's. */
const windowSuffix = (stop: Stop, width: number, height: number) =>
  stop.suffix.replace(/-\d+x\d+$/, `-${String(width)}x${String(height)}`)

/** A window of its own: a new document, as the route is only read when the page loads. */
async function openWindow(loosen: LoosenHarness, hash: string): Promise<void> {
  await loosen.page.goto('about:blank')
  await loosen.page.goto(`${HARNESS_ORIGIN}/index.html${hash}`)
}

/** The windows that open on their own: the tray's quick log, a break, the clinician report. */
export async function ownWindows(stop: Stop): Promise<void> {
  const { loosen } = stop
  const { page } = loosen
  const before = page.viewportSize()

  await page.setViewportSize({ width: 420, height: 560 })
  await openWindow(loosen, '#/quick-log')
  await expect(page.locator('h1.screen-title')).toBeVisible()
  await check(stop, 'quick-log-window', { fullPage: false, suffix: windowSuffix(stop, 420, 560) })

  const { width, height } = BREAK_WINDOW_SIZE
  await page.setViewportSize({ width, height })
  await openWindow(loosen, '#/break')
  await expect(page.locator('main[class*="_break-window_"] h1')).toBeVisible()
  await expect(page.locator('main button').first()).toBeVisible()
  await check(stop, 'break', { suffix: windowSuffix(stop, width, height) })
  // The break window cannot be resized: what does not fit is only found by scrolling.
  const tall = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
  if (tall > 0) {
    stop.audit.notFitting(
      'break',
      `the break window (${String(width)}×${String(height)}, not resizable)`,
      `${String(tall)} px below its bottom edge`,
    )
  }

  await page.setViewportSize({ width: 900, height: 1200 })
  const to = loosen.clock.now()
  await openWindow(loosen, reportHash({ from: to - 30 * DAY, to, name: REPORT_NAME }))
  await expect(page.locator('html[data-report-ready]')).toBeAttached()
  await check(stop, 'report', { suffix: windowSuffix(stop, 900, 1200) })

  if (before) await page.setViewportSize(before)
}

/** A practice from its setup through the running session to the summary, on real time. */
export async function session(stop: Stop): Promise<void> {
  const { loosen } = stop
  const { page } = loosen
  // Main's harness clock stands still: keep it on the page's real time so the session saves.
  loosen.clock.set(Date.now())
  await page.goto('about:blank')
  await loosen.open('#/practice/box-breathing')
  await expect(page.locator('.sound-status')).toHaveText(shown('Sounds ready.'))
  // The self-rating before and after is the tactile 0–10 scale (a slider), Save after.
  const scale = page.locator('[class*="_rating-prompt_"] input[type="range"]')
  await scale.fill('7')
  await page.locator('.start-button').click()
  const pause = page.locator('button[aria-keyshortcuts="Space"]')
  await expect(pause).toBeInViewport()
  await expect(page.locator('.pacer-label')).toBeInViewport()
  await check(stop, 'session-running', { fullPage: false })
  loosen.clock.set(Date.now())
  await page.keyboard.press('Escape')
  await expect(page.locator('#summary-title')).toBeVisible()
  await scale.fill('4')
  await page.locator('[class*="_rating-prompt_"] button[type="submit"]').click()
  await expect(page.locator('[class*="_rating-change_"]')).toBeVisible()
  await check(stop, 'session-summary', { fullPage: false })
}
