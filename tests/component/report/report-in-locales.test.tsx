// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Checkin } from '../../../electron/shared/contract/checkins'
import { weeklyConsistency } from '../../../electron/shared/report/consistency'
import type { ReportData } from '../../../electron/shared/report/report-types'
import { ReportPage } from '../../../renderer/src/report/ReportPage'
import { renderIn } from './translators'

afterEach(cleanup)

const DAY = 86_400_000
// Tuesday 1 September to Monday 28 September 2026, local time.
const FROM = new Date(2026, 8, 1).getTime()
const TO = new Date(2026, 8, 29).getTime()
const FIRST_DAY = Math.floor(FROM / DAY)

function checkin(patch: Partial<Checkin>): Checkin {
  return {
    id: 'p1',
    instrument: 'peg',
    status: 'answered',
    takenAt: FROM + 2 * DAY,
    utcOffsetMin: 0,
    answers: [6, 5, 4],
    score: 5,
    ...patch,
  }
}

/** Four weeks of a small record; the calendar weeks start on `firstDay` (ISO weekday). */
function report(firstDay: number): ReportData {
  const practice = [3, 4, 5, 6, 10].map((d) => FROM + d * DAY + 9 * 3_600_000)
  return {
    from: FROM,
    to: TO,
    ratingCount: 2,
    days: [
      { day: FIRST_DAY + 1, mean: 4.5, count: 1 },
      { day: FIRST_DAY + 20, mean: 5.5, count: 1 },
    ],
    regions: [{ region: 'sacrum', mean: 6.5, count: 2 }],
    weeks: [0, 1, 2, 3].map((w) => ({
      start: FROM + w * 7 * DAY,
      days: 7,
      practiceMinutes: 12,
      sessions: 2,
      breaksTaken: 3,
      breaksSkipped: 1,
      longSittings: 1,
    })),
    checkins: [
      checkin({}),
      checkin({ id: 'g1', instrument: 'global-change', answers: [2], score: 2 }),
    ],
    factors: [],
    consistency: weeklyConsistency(practice, FROM, TO, TO, 4, firstDay),
    stops: [],
  }
}

function weekColumn(): HTMLElement {
  const table = screen.getByRole('table', { name: 'Calendar weeks against the weekly target' })
  return within(table).getAllByRole('columnheader')[0] as HTMLElement
}

function firstWeekRow(): string {
  const table = screen.getByRole('table', { name: 'Calendar weeks against the weekly target' })
  return within(table).getAllByRole('row')[1]?.textContent ?? ''
}

describe('the clinician report in the person’s language and formats', () => {
  it('in German on a German computer: German title, German dates, decimal commas', () => {
    renderIn('de', 'de-DE', <ReportPage data={report(1)} name="A. Client" />)
    expect(screen.getAllByRole('heading', { level: 1 })[0]?.textContent).toBe(
      'Selbstauskunft: A. Client',
    )
    expect(screen.getByText(/^Period: /).textContent).toMatch(
      /^Period: 1\. Sept?\. 2026 – 28\. Sept?\. 2026 \(28 days\)\./,
    )
    expect(screen.getByText(/Average of daily averages/).textContent).toContain(
      'Average of daily averages: 5,0',
    )
    // The overall-change answer is read from the catalogue, not the stored English.
    expect(screen.getAllByText('Viel besser').length).toBeGreaterThan(0)
    expect(weekColumn().textContent).toBe('Woche (ab Montag)')
    expect(firstWeekRow()).toMatch(/^31\. Aug\.?/)
  })

  it('in US English: month-first dates and calendar weeks from Sunday when they start then', () => {
    renderIn('en', 'en-US', <ReportPage data={report(7)} name="" />)
    expect(screen.getAllByRole('heading', { level: 1 })[0]?.textContent).toBe('Self-report summary')
    expect(screen.getByText(/^Period: /).textContent).toMatch(
      /^Period: Sep 1, 2026 – Sep 28, 2026 \(28 days\)\./,
    )
    expect(weekColumn().textContent).toBe('Week (Sunday)')
    expect(firstWeekRow()).toMatch(/^Aug 30/)
  })

  it('in British English: weeks from Monday, as before', () => {
    renderIn('en', 'en-GB', <ReportPage data={report(1)} name="A. Client" />)
    expect(weekColumn().textContent).toBe('Week (Monday)')
    expect(firstWeekRow()).toMatch(/^31 Aug/)
    expect(screen.getByText(/^Period: /).textContent).toMatch(
      /^Period: 1 Sept 2026 – 28 Sept 2026 \(28 days\)\./,
    )
  })
})
