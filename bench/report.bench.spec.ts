import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { reportHash } from '../electron/shared/report/report-hash'
import { expect, test } from '../tests/e2e/harness/fixtures'
import { HARNESS_ORIGIN } from '../tests/e2e/harness/serve-renderer'
import { recordFigure } from './record'
import { SEED_NOW } from './support/seed'
import { seedYear, YEAR_DAYS } from './support/seed-year'
import { median, round } from './support/stats'

const DAY = 86_400_000
const FIGURES = join(__dirname, '../.tmp/bench-files')

/**
 * The clinician report for a year of heavy use, as main makes it: load the print-only route,
 * wait until the page says its data is in, print it with Chromium (A4, vector). The figure is
 * the wall time from navigation to the PDF's bytes, median of 5 after one warm-up; the harness
 * answers the page's request with the same main-side services as the app.
 */
test('report_pdf_ms: the clinician report for a year', async ({ loosen }) => {
  test.setTimeout(300_000)
  const { page } = loosen
  seedYear(loosen.services().database.db)
  loosen.clock.set(SEED_NOW)
  const url = `${HARNESS_ORIGIN}/index.html${reportHash({ from: SEED_NOW - YEAR_DAYS * DAY, to: SEED_NOW, name: 'Bench' })}`
  const once = async (): Promise<{ ms: number; pages: number }> => {
    const started = performance.now()
    await page.goto(url)
    await page.waitForFunction(
      () => document.documentElement.dataset['reportReady'] === 'true',
      undefined,
      {
        timeout: 60_000,
      },
    )
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    const ms = performance.now() - started
    // Kept for review (pdftotext, pdftoppm): the year's summary must still fit its page.
    mkdirSync(FIGURES, { recursive: true })
    writeFileSync(join(FIGURES, 'report-year.pdf'), pdf)
    return { ms, pages: (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length }
  }
  const warm = await once()
  expect(warm.pages, 'a summary page and the detail pages').toBeGreaterThanOrEqual(4)
  await expect(page.getByText('Self-report summary: Bench')).toBeVisible()
  const times: number[] = []
  for (let i = 0; i < 5; i++) times.push((await once()).ms)
  recordFigure('report_pdf_ms', round(median(times)))
})
