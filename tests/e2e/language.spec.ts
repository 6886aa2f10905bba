import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MessageKey } from '../../electron/shared/i18n/message-key'
import { clockTime } from '../../renderer/src/reminders/format'
import { diskCatalogueSet, LOCALES_FOLDER } from '../support/catalogues-on-disk'
import { expect, test } from './harness/fixtures'
import type { Page } from '@playwright/test'

const MIN = 60_000

// Expected words come from the catalogues themselves, so a translator may improve the German
// and this test still holds; what it checks is that the page speaks that catalogue.
const catalogue = (tag: string) =>
  JSON.parse(readFileSync(join(LOCALES_FOLDER, `${tag}.json`), 'utf8')) as Record<string, string>
const NAV: readonly MessageKey[] = [
  'app.screen.today',
  'app.screen.practice',
  'app.screen.log',
  'app.screen.insights',
  'app.screen.reminders',
  'app.screen.settings',
  'app.screen.about',
]
// A message the catalogue lacks shows as its id here, so the test names what is missing.
const navLabels = (tag: string): string[] => NAV.map((id) => catalogue(tag)[id] ?? id)
const sidebar = (page: Page) =>
  page.getByRole('navigation').first().getByRole('listitem').getByRole('link')

/** The "Next break at …" sentence as a catalogue writes it, with the locale's clock. */
function nextBreakSentence(messages: string, format: string, at: number): string {
  const { t } = diskCatalogueSet().translatorFor({ messages, format, dir: 'ltr' })
  return t('reminders.status.sitting.nextBreak', {
    time: clockTime(at, format),
    duration: t('reminders.duration.minutes', { minutes: 45 }),
  })
}

test.beforeEach(async ({ loosen }) => {
  await loosen.acknowledgeFirstRun()
})

test.describe('a German system', () => {
  test.use({ locale: 'de-DE' })

  test('opens in German, with times on the 24-hour clock', async ({ loosen }) => {
    const { page } = loosen
    const start = loosen.clock.now()
    await loosen.open('#/reminders')
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(sidebar(page)).toHaveText(navLabels('de'))
    await expect(page.locator('h1.screen-title')).toHaveText(navLabels('de')[4] ?? '')

    // 09:45, not 9:45 AM: the break time reads as people in Germany write it.
    const at = start + 45 * MIN
    expect(clockTime(at, 'de-DE')).not.toBe(clockTime(at, 'en-US'))
    const now = page.locator('section.reminders-status')
    await expect(now).toContainText(nextBreakSentence('de', 'de-DE', at))
    await expect(now).not.toContainText(/\b(AM|PM)\b/)
  })
})

test.describe('an English system', () => {
  test.use({ locale: 'en-US' })

  test('choosing Deutsch in Settings switches the page at once, and a reload keeps it', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.open('#/settings')
    await expect(sidebar(page)).toHaveText(navLabels('en'))
    const language = page.getByLabel('Language')
    await expect(language).toHaveValue('system')
    await expect(language.locator('option').first()).toHaveText('System language (English)')

    await language.selectOption({ label: catalogue('de')['language.name'] ?? 'Deutsch' })
    await expect(sidebar(page)).toHaveText(navLabels('de'))
    await expect(page.locator('h1.screen-title')).toHaveText(navLabels('de')[5] ?? '')
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    expect(loosen.services().settings.read().language).toBe('de')
    // Main's tray and notifications follow the same setting.
    await expect.poll(() => loosen.services().language.current().locale.messages).toBe('de')

    await page.reload()
    await expect(sidebar(page)).toHaveText(navLabels('de'))
    // The picker itself now speaks German, and still shows the choice made.
    await expect(page.getByLabel(catalogue('de')['settings.language.label'] ?? '')).toHaveValue(
      'de',
    )
  })
})

test.describe('a British system', () => {
  test.use({ locale: 'en-GB' })

  test('stays in English with the 24-hour clock', async ({ loosen }) => {
    const { page } = loosen
    const start = loosen.clock.now()
    await loosen.open('#/reminders')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(sidebar(page)).toHaveText(navLabels('en'))
    const at = start + 45 * MIN
    expect(clockTime(at, 'en-GB')).not.toBe(clockTime(at, 'en-US'))
    const now = page.getByRole('region', { name: 'Now' })
    await expect(now).toContainText(nextBreakSentence('en', 'en-GB', at))
    await expect(now).not.toContainText(/\b(AM|PM)\b/)
  })
})
