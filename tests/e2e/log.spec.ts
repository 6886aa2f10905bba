import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { DATABASE_FILE_NAME } from '../../electron/main/services'
import { expect, test, type LoosenHarness } from './harness/fixtures'

const HOUR = 3_600_000

/** Presses Tab until the focused element has this accessible text (buttons, links). */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
    )
    if (focused?.trim() === text) return
  }
  throw new Error(`Tab never reached "${text}"`)
}

async function seed(loosen: LoosenHarness, values: number[]) {
  const now = loosen.clock.now()
  for (const [i, value] of values.entries()) {
    const result = await loosen.invoke('log:addRating', {
      value,
      takenAt: now - (i + 1) * 26 * HOUR,
      note: `note ${i}`,
      tags: ['morning'],
      regions: { sacrum: value },
    })
    expect(result.ok).toBe(true)
  }
}

function ratingCount(loosen: LoosenHarness): number {
  const row = loosen.services().database.db.prepare('SELECT count(*) AS n FROM ratings').get() as {
    n: number
  }
  return row.n
}

test.describe('tension log', () => {
  test('a rating logged with the keyboard alone shows in the list and the chart', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open()
    await page.keyboard.press('Alt+2')
    await expect(page.locator('h1.screen-title')).toHaveText('Log')
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('How tense do your hips feel?')).toBeFocused()
    await page.keyboard.type('7')
    await page.keyboard.press('Enter')
    const table = page.getByRole('table', { name: /self-ratings, newest first/ })
    await expect(table.getByRole('row').nth(1)).toContainText('7/10')
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved self-rating 7/10' }),
    ).toBeVisible()

    await page.keyboard.press('Alt+3')
    await expect(page.locator('h1.screen-title')).toHaveText('Insights')
    await expect(page.locator('.line-chart[data-drawn="1"]').first()).toBeVisible()
    await tabTo(page, 'Show tension as a table')
    await page.keyboard.press('Enter')
    const trend = page.getByRole('table', { name: 'Average self-rating per day' })
    await expect(trend.getByRole('row').nth(1)).toContainText('7.0')

    // Alt+L logs from any screen; the chart follows.
    await page.keyboard.press('Alt+l')
    const dialog = page.getByRole('dialog', { name: 'Log tension' })
    await expect(dialog.getByLabel('How tense do your hips feel?')).toBeFocused()
    await page.keyboard.type('3')
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('status')).toContainText('Saved: self-rating 3/10')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(trend.getByRole('row').nth(1)).toContainText('5.0')
    expect(ratingCount(loosen)).toBe(2)
  })

  test('a future time and an out-of-range number are refused and nothing is saved', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open('#/log')
    // The scale cannot hold 11; before a number is chosen the form says how to choose one.
    const value = page.getByLabel('How tense do your hips feel?')
    await value.press('Enter')
    await expect(page.getByRole('alert')).toHaveText(/Choose how tense, from 0 \(loose\) to 10/)
    await expect(value).toBeFocused()
    const eleven = await page.evaluate(() => window.loosen.log.addRating({ value: 11 }))
    expect(eleven).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'value' } })
    const answer = await page.evaluate(() =>
      window.loosen.log.addRating({ value: 5, takenAt: Date.parse('2030-01-01T00:00:00Z') }),
    )
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'takenAt' } })
    expect(ratingCount(loosen)).toBe(0)
  })

  test('delete, then undo with Ctrl+Z, restores the rating exactly', async ({ loosen }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await seed(loosen, [6, 4])
    const before = await loosen.invoke('log:listRatings', {})
    await loosen.open('#/log')
    const rows = page.getByRole('table', { name: /self-ratings, newest first/ }).getByRole('row')
    await expect(rows).toHaveCount(3)
    await tabTo(
      page,
      (await rows
        .nth(1)
        .getByRole('button', { name: /Delete/ })
        .getAttribute('aria-label'))!,
    )
    await page.keyboard.press('Enter')
    await expect(rows).toHaveCount(2)
    await expect(
      page.getByRole('status').filter({ hasText: 'Deleted self-rating 6/10' }),
    ).toBeVisible()
    expect(ratingCount(loosen)).toBe(1)
    await page.keyboard.press('Control+z')
    await expect(rows).toHaveCount(3)
    await expect(page.getByText('The self-rating is back.')).toBeVisible()
    expect(await loosen.invoke('log:listRatings', {})).toEqual(before)
  })

  test('editing moves the time back and changes the value; Undo puts it back', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await seed(loosen, [6])
    const before = await loosen.invoke('log:listRatings', {})
    await loosen.open('#/log')
    await page.getByRole('button', { name: /^Edit self-rating 6\/10/ }).click()
    const form = page.getByRole('form', { name: 'Edit self-rating' })
    await form.getByLabel('How tense do your hips feel?').fill('2')
    await form.getByLabel('Note').fill('after a walk')
    // The time shows as the rating's own until "Change time" opens its one field.
    await form.getByRole('button', { name: 'Change time' }).click()
    await form.getByLabel('When', { exact: true }).fill('2026-11-20T08:30')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('cell', { name: 'after a walk' })).toBeVisible()
    const moved = (await loosen.invoke('log:listRatings', {})) as {
      value: { ratings: { takenAt: number; value: number }[] }
    }
    const expected = await page.evaluate(() => new Date('2026-11-20T08:30').getTime())
    expect(moved.value.ratings[0]).toMatchObject({ value: 2, takenAt: expected })
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByRole('cell', { name: 'note 0' })).toBeVisible()
    expect(await loosen.invoke('log:listRatings', {})).toEqual(before)
  })

  test('editing with the keyboard: the old number is replaced and focus returns to the row', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await seed(loosen, [4])
    await loosen.open('#/log')
    const edit = page.getByRole('button', { name: /^Edit self-rating 4\/10/ })
    await edit.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('form', { name: 'Edit self-rating' })).toBeVisible()
    await page.keyboard.type('9')
    await page.keyboard.press('Enter')
    const changed = page.getByRole('button', { name: /^Edit self-rating 9\/10/ })
    await expect(changed).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('form', { name: 'Edit self-rating' })).toHaveCount(0)
    await expect(changed).toBeFocused()
  })

  test('"Show older self-ratings" keeps adding pages past the first few hundred', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    const db = loosen.services().database.db
    const now = loosen.clock.now()
    const insert = db.prepare(
      `INSERT INTO ratings (id, value, taken_at, utc_offset_min, note, session_id, phase, created_at, updated_at)
       VALUES (?, 5, ?, 0, '', NULL, NULL, ?, ?)`,
    )
    for (let i = 0; i < 320; i++)
      insert.run(`r${String(i).padStart(3, '0')}`, now - (i + 1) * 60_000, now, now)
    await loosen.open('#/log')
    const caption = page.locator('.rating-table caption')
    await expect(caption).toHaveText('Showing 50 of 320 self-ratings, newest first')
    const more = page.getByRole('button', { name: 'Show older self-ratings' })
    for (const shown of [100, 150, 200, 250, 300, 320]) {
      await more.click()
      await expect(caption).toHaveText(`Showing ${shown} of 320 self-ratings, newest first`)
    }
    await expect(more).toHaveCount(0)
    // A change reloads the list but keeps every page the user opened.
    await page.getByLabel('How tense do your hips feel?').fill('3')
    await page.getByLabel('How tense do your hips feel?').press('Enter')
    await expect(caption).toHaveText('Showing 321 of 321 self-ratings, newest first')
  })

  test('Insights tells a new user to log first, and an empty period to pick a longer one', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.open('#/insights')
    await expect(page.getByText('Nothing to chart yet')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Log your first self-rating' })).toBeVisible()

    await loosen.invoke('log:addRating', { value: 6, takenAt: loosen.clock.now() - 40 * 24 * HOUR })
    await loosen.open('#/insights')
    await expect(
      page.getByText(/No self-ratings in the last 30 days\. Pick a longer period/),
    ).toBeVisible()
  })

  test('one day of ratings is charted on a week-wide axis, not one spanning years', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await loosen.invoke('log:addRating', { value: 5 })
    await loosen.open('#/insights')
    const chart = page.locator('.line-chart[data-drawn="1"]').first()
    await expect(chart).toHaveAttribute('data-span-days', '7')
  })

  test('the tray window route shows the compact quick log', async ({ loosen }) => {
    const { page } = loosen
    await loosen.open('#/quick-log')
    await expect(page.getByRole('navigation')).toHaveCount(0)
    await expect(page.getByLabel('How tense do your hips feel?')).toBeFocused()
    await page.keyboard.type('5')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').first()).toContainText('Saved: self-rating 5/10')
    await expect(page.getByRole('button', { name: 'Close window' })).toBeFocused()
    expect(ratingCount(loosen)).toBe(1)
  })

  test('export JSON, import it into a fresh profile, and see the same history', async ({
    loosen,
  }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await seed(loosen, [8, 5, 2])
    const history = await loosen.invoke('log:listRatings', {})
    await loosen.open('#/log')
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export JSON' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^loosen-export-\d{4}-\d{2}-\d{2}\.json$/)
    const saved = join(loosen.dataFolder, 'export.json')
    await file.saveAs(saved)
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ formatVersion: 1 })

    // A fresh profile: the old database is removed before the services start again.
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(join(loosen.dataFolder, DATABASE_FILE_NAME + suffix), { force: true })
    }
    loosen.restartServices()
    await page.reload()
    // A fresh profile greets the user with the welcome first; it can wait.
    await page.getByRole('button', { name: 'Skip for now' }).click()
    await expect(page.getByText('Nothing logged yet')).toBeVisible()
    await page.getByLabel('Import a JSON or CSV file').setInputFiles(saved)
    const summary = page.getByRole('table', { name: 'What this JSON file would add' })
    await expect(summary.getByRole('row', { name: /Self-ratings/ })).toContainText('3')
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(
      page.getByText(/Imported \d+ records?; 0 already in Loosen were skipped/),
    ).toBeVisible()
    await expect(
      page.getByRole('table', { name: /self-ratings, newest first/ }).getByRole('row'),
    ).toHaveCount(4)
    expect(await loosen.invoke('log:listRatings', {})).toEqual(history)
  })

  test('a bad CSV shows line-numbered errors and changes nothing', async ({ loosen }) => {
    const { page } = loosen
    await loosen.acknowledgeFirstRun()
    await seed(loosen, [4])
    await loosen.open('#/log')
    const csv =
      'time,value,note\n2026-11-20T09:00:00+01:00,5,fine\n2026-11-21T09:00:00+01:00,12,too high\n2099-01-01T09:00:00Z,3,future\n'
    await page.getByLabel('Import a JSON or CSV file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    })
    const problems = page.getByRole('alert')
    await expect(problems).toContainText('Nothing was imported from bad.csv')
    await expect(problems).toContainText('Line 3, value: The highest rating is 10')
    await expect(problems).toContainText('Line 4, time: A rating cannot be dated in the future')
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0)
    expect(ratingCount(loosen)).toBe(1)
  })

  test('Log, Insights and the quick-log dialog have no serious accessibility problems', async ({
    loosen,
  }) => {
    const { page } = loosen
    const cspErrors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
        cspErrors.push(m.text())
    })
    await loosen.acknowledgeFirstRun()
    await seed(loosen, [7, 6, 5, 6, 4])
    for (const theme of ['light', 'dark'] as const) {
      await loosen.invoke('settings:update', { theme })
      for (const hash of ['#/log', '#/insights']) {
        await loosen.open(hash)
        if (hash === '#/insights')
          await expect(page.locator('.line-chart[data-drawn]').first()).toBeVisible()
        else await page.getByRole('button', { name: /^Edit/ }).first().click()
        const results = await new AxeBuilder({ page }).analyze()
        const severe = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) => `${hash}/${theme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          )
        expect(severe).toEqual([])
      }
    }
    await page.keyboard.press('Alt+l')
    await expect(page.getByRole('dialog', { name: 'Log tension' })).toBeVisible()
    const dialog = await new AxeBuilder({ page }).analyze()
    expect(
      dialog.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([])
    expect(cspErrors).toEqual([])
  })
})
