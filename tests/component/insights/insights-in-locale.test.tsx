// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RangePromptReport } from '../../../electron/shared/contract/reminders'
import type { Insights } from '../../../electron/shared/log/insights-types'
import {
  chartDate,
  chartValue,
  DAY_S,
  tickLabels,
} from '../../../renderer/src/insights/chart-format'
import { PromptSection } from '../../../renderer/src/insights/PromptSection'
import { TrendSection } from '../../../renderer/src/insights/TrendSection'
import { renderIn } from '../log/locale-support'

// uPlot reads the pixel ratio through matchMedia as it loads, which jsdom lacks.
vi.hoisted(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
    }) as unknown as MediaQueryList
})

// The chart itself needs a canvas jsdom lacks; its labels are checked through chart-format.
vi.mock('../../../renderer/src/insights/LineChart', () => ({ LineChart: () => null }))

afterEach(cleanup)

// Intl puts no-break spaces in times and percentages; compare with plain spaces.
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ')

// 2026-11-23 and the days after it, as local day numbers.
const NOV_23 = Date.UTC(2026, 10, 23) / 86_400_000

const insights: Insights = {
  range: '30',
  fromDay: NOV_23,
  toDay: NOV_23 + 2,
  totals: { ratings: 4, days: 3, average: 4.3 },
  checkins: { ratings: 4, days: 3, average: 4.3 },
  headline: { periodDays: 30, count: 4, average: 4.3, previousCount: 0, previousAverage: null },
  everRated: 4,
  trend: [0, 1, 2].map((i) => ({
    day: NOV_23 + i,
    average: [4.25, 4.5, 4][i] ?? 4,
    count: i === 0 ? 2 : 1,
    movingAverage: 4.3,
    days: 1,
  })),
  practiceTrend: [],
  bucketDays: 1,
  practices: [],
  sitting: { days: [], bucketDays: 1, bySitting: [], byBreaks: [] },
  regions: [],
}

describe('Insights in the locale set on the computer', () => {
  it('writes the chart’s axis ticks and legend in German for de-DE', () => {
    const at = (day: number) => day * DAY_S
    expect(tickLabels([at(NOV_23), at(NOV_23 + 7)], 30 * DAY_S, 'de-DE')).toEqual([
      '23. Nov.',
      '30. Nov.',
    ])
    // Past 300 days the ticks name months.
    expect(tickLabels([at(NOV_23)], 400 * DAY_S, 'de-DE')).toEqual(['Nov. 2026'])
    expect(chartDate(at(NOV_23), 'de-DE')).toBe('23. Nov. 2026')
    expect(chartValue(4.25, 'de-DE')).toBe('4,3')
    expect(tickLabels([at(NOV_23)], 30 * DAY_S, 'en-US')).toEqual(['Nov 23'])
  })

  it('shows the trend table’s dates and averages in German for de-DE', async () => {
    renderIn('de-DE', <TrendSection insights={insights} />)
    expect(
      screen.getByText(
        /4 self-ratings in this period: 4 everyday check-ins on 3 days, average 4,3 out of 10\./,
      ),
    ).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Show tension as a table' }))
    const table = screen.getByRole('table', { name: 'Average self-rating per day' })
    const rows = within(table).getAllByRole('row')
    // Newest first.
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('25. Nov. 2026')
    expect(within(rows[3]!).getByRole('rowheader').textContent).toBe('23. Nov. 2026')
    expect(within(rows[3]!).getAllByRole('cell')[0]!.textContent).toBe('4,3')
    expect(screen.getByRole('button', { name: 'Hide tension table' })).toBeTruthy()
  })

  it('reads one self-rating in the singular', () => {
    const one: Insights = {
      ...insights,
      totals: { ratings: 1, days: 1, average: 5 },
      checkins: { ratings: 1, days: 1, average: 5 },
      trend: insights.trend.slice(0, 1),
    }
    renderIn('en-US', <TrendSection insights={one} />)
    expect(
      screen.getByText(
        '1 self-rating in this period: 1 everyday check-in on 1 day, average 5.0 out of 10.',
      ),
    ).toBeTruthy()
  })

  it('writes reminder hours on a 24-hour clock for de-DE and a 12-hour one for en-US', () => {
    const report: RangePromptReport = {
      range: '90',
      from: 0,
      to: 1,
      overall: { prompts: 1, within1: 0, within3: 0, within5: 1 },
      byHour: [{ hour: 15, prompts: 1, within1: 0, within3: 0, within5: 1 }],
      bouts: { sittingDays: 1, over30: 1, longest: { ms: 95 * 60_000, date: '2026-03-04' } },
    }
    const hour = () => plain(document.querySelector('[data-hour="15"]')!.textContent)
    renderIn('de-DE', <PromptSection report={report} error={null} />)
    expect(hour()).toMatch(/^15:00/)
    expect(hour()).toContain('100 % of 1 time')
    expect(screen.getByTestId('prompt-bouts').textContent).toBe(
      '1 sitting stretch went over 30 minutes on the 1 day with sitting recorded: about 1 a day. The longest was 1 h 35 min, on 4. März 2026.',
    )
    cleanup()
    renderIn('en-US', <PromptSection report={report} error={null} />)
    expect(hour()).toMatch(/^3:00 PM/)
  })
})
