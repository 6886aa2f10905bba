// @vitest-environment jsdom
import { todayExtras } from './report-fixtures'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { DaySummary, TodayReport } from '../../../electron/shared/contract/reminders'
import { TodayPanel, WeekSummary } from '../../../renderer/src/reminders/TodayPanel'

afterEach(cleanup)

const HOUR = 3_600_000
const DAY = 24 * HOUR
const START = Date.parse('2026-03-02T00:00:00Z')

function day(i: number, extra: Partial<DaySummary> = {}): DaySummary {
  return {
    date: `2026-03-0${String(i + 2)}`,
    dayStart: START + i * DAY,
    dayEnd: START + (i + 1) * DAY,
    sittingMs: 0,
    longestSittingMs: 0,
    taken: 0,
    natural: 0,
    skipped: 0,
    snoozed: 0,
    ...extra,
  }
}

describe('the week summary', () => {
  it('says what will appear instead of a table of zeros when nothing is recorded', () => {
    render(<WeekSummary week={Array.from({ length: 7 }, (_, i) => day(i))} />)
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getByText(/Nothing recorded in the last 7 days yet/)).toBeTruthy()
  })

  it('shows the figures of days with records, and one "Nothing recorded" per quiet stretch', () => {
    const week = Array.from({ length: 7 }, (_, i) =>
      i === 6
        ? day(i, { sittingMs: 2 * HOUR, longestSittingMs: HOUR, taken: 1, natural: 2 })
        : day(i),
    )
    render(<WeekSummary week={week} />)
    const rows = screen.getAllByRole('row')
    // The header, six quiet days as one row, the day with records.
    expect(rows).toHaveLength(3)
    expect(rows[2]?.textContent).toContain('3')
    expect(rows[1]?.textContent).toContain('Nothing recorded')
    expect(rows[1]?.textContent).toMatch(/Mon.*Mar 2.*Sat.*Mar 7/)
    expect(screen.getAllByText('Nothing recorded')).toHaveLength(1)
    expect(screen.queryAllByText('0 min')).toHaveLength(0)
  })

  it('keeps the order of the week: quiet stretches before and after a day with records', () => {
    const week = Array.from({ length: 7 }, (_, i) =>
      i === 2 ? day(i, { sittingMs: HOUR, longestSittingMs: HOUR, taken: 1 }) : day(i),
    )
    render(<WeekSummary week={week} />)
    const rows = screen.getAllByRole('row').slice(1)
    expect(rows.map((r) => r.textContent.includes('Nothing recorded'))).toEqual([true, false, true])
    expect(rows[1]?.textContent).toMatch(/Wed.*Mar 4/)
  })
})

describe('today', () => {
  it('lists a night away with its length but does not call it a break', () => {
    const today: TodayReport = {
      ...day(0, { natural: 0 }),
      ...todayExtras(START),
      spans: [],
      breaks: [
        {
          id: 'n',
          kind: 'natural',
          occurredAt: START + HOUR,
          durationMs: 7 * HOUR,
          sittingBeforeMs: 0,
        },
      ],
    }
    render(<TodayPanel today={today} />)
    expect(screen.getByRole('listitem').textContent).toMatch(/too long to count as a break/)
  })
})
