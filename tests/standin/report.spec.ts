import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { factorLabel, factorSentence } from '../../renderer/src/report/factor-text'
import {
  DEFAULT_WEEKLY_TARGET_DAYS,
  weeklyConsistency,
} from '../../electron/shared/report/consistency'
import { firstDayOfWeek } from '../../electron/shared/i18n/locales'
import { expectedFactors } from './report-factors'
import { DAY, seedNinetyDays } from './report-seed'
import { expect, invokeFromWindow, shownWindow, test } from './scenario'

const START = Date.parse('2026-11-30T10:00:00')
const FROM = START - 90 * DAY
const SCREENSHOTS = join(__dirname, '../../test-results/screenshots')

// The report's dates follow the formatting locale, and the stand-in's system is en-US
// (app.getPreferredSystemLanguages), so the PDF reads "Sep 1, 2026".
const label = (epochMs: number) =>
  new Date(epochMs).toLocaleDateString('en-US', { day: 'numeric', month: 'short', year: 'numeric' })
const short = (epochMs: number) =>
  new Date(epochMs).toLocaleDateString('en-US', { day: 'numeric', month: 'short' })
const one = (n: number) => n.toFixed(1)

/** The figures, recomputed from the database with SQL written here, not the app's. */
function expectedFigures(file: string) {
  const db = new DatabaseSync(file, { readOnly: true })
  const all = <T>(sql: string, ...args: (number | string)[]) => db.prepare(sql).all(...args) as T[]
  const days = all<{ mean: number; n: number }>(
    `SELECT avg(value) AS mean, count(*) AS n FROM ratings WHERE taken_at >= ? AND taken_at < ?
     GROUP BY (taken_at + utc_offset_min * 60000) / 86400000`,
    FROM,
    START,
  )
  const regions = all<{ region: string; mean: number; n: number }>(
    `SELECT region, avg(g.value) AS mean, count(*) AS n FROM rating_regions g
     JOIN ratings r ON r.id = g.rating_id WHERE r.taken_at >= ? AND r.taken_at < ? GROUP BY region`,
    FROM,
    START,
  )
  const pegs = all<{ taken_at: number; answers: string }>(
    `SELECT taken_at, answers FROM checkins WHERE instrument = 'peg' AND status = 'answered'
     AND taken_at >= ? AND taken_at < ? ORDER BY taken_at`,
    FROM,
    START,
  )
  const weeks = Array.from({ length: 13 }, (_, w) => {
    const start = FROM + w * 7 * DAY
    const end = Math.min(start + 7 * DAY, START)
    const practice = all<{ ms: number | null; n: number }>(
      'SELECT sum(actual_ms) AS ms, count(*) AS n FROM practice_sessions WHERE started_at >= ? AND started_at < ?',
      start,
      end,
    )[0]
    const count = (kind: string) =>
      all<{ n: number }>(
        'SELECT count(*) AS n FROM break_events WHERE kind = ? AND occurred_at >= ? AND occurred_at < ?',
        kind,
        start,
        end,
      )[0]?.n ?? 0
    const longSittings =
      all<{ n: number }>(
        `SELECT count(*) AS n FROM sitting_spans WHERE max(started_at, ?) >= ? AND max(started_at, ?) < ?
         AND min(ended_at, ?) - max(started_at, ?) > 30 * 60000 AND ended_at > ? AND started_at < ?`,
        FROM,
        start,
        FROM,
        end,
        START,
        FROM,
        FROM,
        START,
      )[0]?.n ?? 0
    return {
      start,
      longSittings,
      minutes: Math.round((practice?.ms ?? 0) / 60_000),
      sessions: practice?.n ?? 0,
      taken: count('taken'),
      skipped: count('skipped'),
    }
  })
  const factors = expectedFactors(db, FROM, START)
  const stops = all<{
    started_at: number
    practice_title: string
    reason: string
    regions: string
    step_index: number
    step_text: string
    movement: number
    note: string
  }>(
    `SELECT p.started_at, p.practice_title, s.reason, s.regions, s.step_index, s.step_text,
       s.movement, s.note
     FROM practice_stop_reasons s JOIN practice_sessions p ON p.id = s.session_id
     WHERE p.started_at >= ? AND p.started_at < ? ORDER BY p.started_at`,
    FROM,
    START,
  )
  const localDays = all<{ day: number; mean: number }>(
    `SELECT (taken_at + utc_offset_min * 60000) / 86400000 AS day, avg(value) AS mean
     FROM ratings WHERE taken_at >= ? AND taken_at < ? GROUP BY day`,
    FROM,
    START,
  )
  const globalChanges = all<{ taken_at: number; answers: string }>(
    `SELECT taken_at, answers FROM checkins WHERE instrument = 'global-change'
     AND status = 'answered' AND taken_at >= ? AND taken_at < ? ORDER BY taken_at`,
    FROM,
    START,
  )
  const practiceStarts = all<{ at: number }>(
    'SELECT started_at AS at FROM practice_sessions WHERE started_at >= ? AND started_at < ? AND actual_ms >= 60000',
    FROM,
    START,
  ).map((r) => r.at)
  // Calendar weeks start where the stand-in system's locale (en-US) starts them: on Sunday.
  const consistency = weeklyConsistency(
    practiceStarts,
    FROM,
    START,
    START,
    DEFAULT_WEEKLY_TARGET_DAYS,
    firstDayOfWeek('en-US'),
  )
  db.close()
  return { days, regions, pegs, weeks, factors, consistency, stops, localDays, globalChanges }
}

test('the clinician report for 90 days is saved where the user chose, and every figure in it matches the database', async ({
  launch,
}) => {
  test.setTimeout(120_000)
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
  } catch {
    throw new Error(
      'This scenario reads the PDF with pdftotext and pdftoppm: apt-get install -y poppler-utils',
    )
  }
  const userData = mkdtempSync(join(tmpdir(), 'loosen-report-'))
  const pdf = join(userData, 'chosen', 'report for physio.pdf')
  mkdirSync(join(userData, 'chosen'))
  await seedNinetyDays(userData, FROM, START)

  const app = launch({ platform: 'linux', userData, startTime: START, saveDialogPath: pdf })
  await shownWindow(app)
  const saved = await invokeFromWindow(app, 'report:savePdf', {
    from: FROM,
    to: START,
    name: 'A. Client',
  })
  expect(saved).toEqual({ ok: true, value: { path: pdf } })
  const state = await app.state()
  expect(state.dialogs).toContainEqual(
    expect.objectContaining({ kind: 'save', title: 'Save report as PDF' }),
  )
  // The hidden report window is gone again; only the main window is left.
  expect(state.windows).toHaveLength(1)
  expect(app.violations()).toEqual([])
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')

  // Sentences read in reading order; table rows read line by line as laid out on the page.
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
  const flat = text.replace(/\s+/g, ' ')
  const rows = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' '))
    .join('\n')
  const pages = text.split('\f').filter((page) => page.trim() !== '')
  expect(pages, 'one page of summary, then three of detail').toHaveLength(4)
  // The whole summary fits its page: its first and last sections are both on page 1.
  expect(pages[0]).toContain('Self-report summary: A. Client')
  expect(pages[0]).toContain('What goes with better days')
  expect(pages[0]).toContain('Adverse events')
  expect(pages[1]).toContain('Detail: tension and body map: A. Client')
  expect(pages[2]).toContain('Detail: check-ins and adverse events: A. Client')
  expect(pages[3]).toContain('Detail: adherence: A. Client')

  expect(flat).toContain('Self-report summary: A. Client')
  expect(flat).toContain('not a diagnosis')
  expect(flat).toContain(`Period: ${label(FROM)} – ${label(START - 1)} (90 days)`)

  const figures = expectedFigures(join(userData, 'loosen.db'))
  const ratingCount = figures.days.reduce((sum, d) => sum + d.n, 0)
  const overall = figures.days.reduce((sum, d) => sum + d.mean, 0) / figures.days.length
  expect(flat).toContain(
    `${String(ratingCount)} self-ratings on ${String(figures.days.length)} days`,
  )
  expect(flat).toContain(`Average of daily averages: ${one(overall)}`)
  for (const region of figures.regions) {
    const name = region.region === 'sacrum' ? 'Sacrum / SI joint' : 'Lower back'
    expect(rows).toContain(`${name} ${one(region.mean)} ${String(region.n)}`)
  }

  // The baseline PEG and the last five.
  for (const peg of [...figures.pegs.slice(0, 1), ...figures.pegs.slice(-5)]) {
    const answers = JSON.parse(peg.answers) as number[]
    const score = Math.round((answers.reduce((a, b) => a + b, 0) / 3) * 10) / 10
    expect(rows).toContain(`${short(peg.taken_at)} ${answers.join(' ')} ${one(score)}`)
  }
  const scoreOf = (p: { answers: string } | undefined) =>
    Math.round(((JSON.parse(p?.answers ?? '[]') as number[]).reduce((a, b) => a + b, 0) / 3) * 10) /
    10
  const first = scoreOf(figures.pegs[0])
  const last = scoreOf(figures.pegs.at(-1))
  const pct = Math.round(((first - last) / first) * 100)
  expect(flat).toContain(`From ${one(first)} to ${one(last)} (${String(pct)}% lower)`)
  expect(flat).toContain('[Meaningful change]')
  expect(flat).toContain('Much improved')

  const { consistency } = figures
  expect(flat).toContain(
    `Weekly target, practice on 4 days a week: met in ${String(consistency.met)} of ${String(consistency.counted)} calendar weeks.`,
  )

  // What goes with better days: the clear ones, largest first, and how many were compared.
  const clear = figures.factors.filter((f) => f.clear)
  expect(
    clear.map((f) => f.factor),
    'the seeded walk days are looser',
  ).toContain('walk')
  for (const effect of [...clear]
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))
    .slice(0, 4)) {
    expect(flat).toContain(`${factorLabel(effect.factor)}: ${factorSentence(effect)}`)
  }
  expect(flat).toContain(
    `${String(figures.factors.length)} compared, ${String(clear.length)} clear`,
  )
  expect(flat).toContain('they do not show that one causes the other')

  for (const week of figures.weeks) {
    const days = Math.ceil((Math.min(week.start + 7 * DAY, START) - week.start) / DAY)
    const row = `${short(week.start)}${days < 7 ? ` (${String(days)} d)` : ''} ${String(week.minutes)} ${String(week.sessions)} ${String(week.taken)} ${String(week.skipped)} ${String(week.longSittings)}`
    expect(rows).toContain(row)
  }
  const total = (pick: (w: (typeof figures.weeks)[number]) => number) =>
    figures.weeks.reduce((sum, w) => sum + pick(w), 0)
  expect(rows).toContain(
    `Total ${String(total((w) => w.minutes))} ${String(total((w) => w.sessions))} ${String(total((w) => w.taken))} ${String(total((w) => w.skipped))} ${String(total((w) => w.longSittings))}`,
  )
  expect(
    total((w) => w.longSittings),
    'the seed has long sittings',
  ).toBeGreaterThan(0)

  // Adverse events: the summary's count and the detail's list, against practice_stop_reasons.
  const { stops } = figures
  expect(stops.length, 'the seed has stops for pain').toBeGreaterThan(2)
  const pains = stops.filter((s) => s.reason === 'pain').length
  const onMovement = stops.filter((s) => s.movement === 1)
  expect(flat).toContain(
    `Practice stopped for pain or discomfort ${String(stops.length)} times (pain ${String(pains)}, discomfort ${String(stops.length - pains)}); ${String(onMovement.length)} of them on a movement step.`,
  )
  expect(flat).toContain(
    `Movement steps stopped for pain or discomfort: ${String(onMovement.length)} (${[...new Set(onMovement.map((s) => s.step_text))].join('; ')}).`,
  )
  const regionName: Record<string, string> = {
    'left-groin': 'Left groin',
    sacrum: 'Sacrum / SI joint',
    'lower-back': 'Lower back',
  }
  for (const stop of stops) {
    const where = (JSON.parse(stop.regions) as string[]).map((r) => regionName[r]).join(', ')
    expect(rows).toContain(
      `${short(stop.started_at)} ${stop.practice_title} ${String(stop.step_index + 1)}. ${stop.step_text}${stop.movement ? ' (movement)' : ''} ${stop.reason} ${where}`,
    )
    if (stop.note)
      expect(flat).toContain(`${short(stop.started_at)}, ${stop.practice_title}: “${stop.note}”`)
  }

  // Detail: tension per 7-day block from the period's first day (local days, as the SQL sees them).
  const firstDay = Math.floor(FROM / DAY)
  const lastDay = Math.floor((START - 1) / DAY)
  for (let block = firstDay; block <= lastDay; block += 7) {
    const means = figures.localDays
      .filter((d) => d.day >= block && d.day < block + 7)
      .map((d) => d.mean)
    const label = new Date(block * DAY).toLocaleDateString('en-US', {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    })
    const avg = means.reduce((a, b) => a + b, 0) / means.length
    expect(rows).toContain(
      `${label} ${String(means.length)} ${one(avg)} ${one(Math.min(...means))} ${one(Math.max(...means))}`,
    )
  }
  // Detail: every PEG answer, not only the baseline and the last five.
  expect(figures.pegs.length).toBeGreaterThan(6)
  for (const peg of figures.pegs) {
    const answers = JSON.parse(peg.answers) as number[]
    const score = Math.round((answers.reduce((a, b) => a + b, 0) / 3) * 10) / 10
    expect(pages[2]).toContain(short(peg.taken_at))
    expect(rows).toContain(`${short(peg.taken_at)} ${answers.join(' ')} ${one(score)}`)
  }
  const changeLabels: Record<number, string> = { 2: 'Much improved', 3: 'A little improved' }
  for (const change of figures.globalChanges) {
    const value = (JSON.parse(change.answers) as number[])[0] ?? 0
    expect(flat).toContain(`${short(change.taken_at)}: ${changeLabels[value] ?? String(value)}`)
  }
  // Detail: each calendar week against the target.
  for (const week of consistency.weeks) {
    const [y, m, d] = week.start.split('-').map(Number)
    expect(rows).toContain(
      `${short(new Date(y ?? 0, (m ?? 1) - 1, d ?? 1).getTime())} ${String(week.practiceDays)} ${week.met ? 'met' : week.underWay ? 'under way' : '–'}`,
    )
  }

  mkdirSync(SCREENSHOTS, { recursive: true })
  // Every page, in grey levels only (as a black-and-white printer would), for review.
  execFileSync('pdftoppm', [
    '-png',
    '-gray',
    '-r',
    '110',
    pdf,
    join(SCREENSHOTS, 'clinician-report'),
  ])
  rmSync(userData, { recursive: true, force: true })
})

test('cancelling the save dialog writes nothing; a folder that cannot be written is named', async ({
  launch,
}) => {
  const period = { from: START - 30 * DAY, to: START, name: '' }
  const cancelled = launch({ platform: 'linux', startTime: START })
  await shownWindow(cancelled)
  expect(await invokeFromWindow(cancelled, 'report:savePdf', period)).toEqual({
    ok: true,
    value: { path: null },
  })
  // No hidden window was opened for a report nobody will keep.
  expect((await cancelled.state()).windows).toHaveLength(1)

  const missing = join(tmpdir(), `loosen-no-such-folder-${String(process.pid)}`, 'report.pdf')
  const refused = launch({ platform: 'linux', startTime: START, saveDialogPath: missing })
  await shownWindow(refused)
  const answer = await invokeFromWindow(refused, 'report:savePdf', period)
  expect(answer).toMatchObject({ ok: false, error: { code: 'storage_failed' } })
  expect(JSON.stringify(answer)).toContain(missing)
  expect((await refused.state()).windows).toHaveLength(1)
  expect(refused.violations()).toEqual([])
})
