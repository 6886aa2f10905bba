// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import type { Insights } from '../../../electron/shared/log/insights-types'
import { TrendSection } from '../../../renderer/src/insights/TrendSection'

// The canvas chart is not what this test reads (jsdom draws no canvas); its words are.
vi.mock('../../../renderer/src/insights/LineChart', () => ({ LineChart: () => null }))

afterEach(cleanup)

/** Ten years as main sends them: one point per run of 20 days. */
function tenYears(): Insights {
  const points = Array.from({ length: 183 }, (_, i) => ({
    day: 17_000 + i * 20,
    average: 5,
    count: 200,
    movingAverage: 5,
    days: 20,
  }))
  return {
    range: 'all',
    fromDay: 17_000,
    toDay: 17_000 + 183 * 20,
    totals: { ratings: 36_600, days: 3_650, average: 5 },
    checkins: { ratings: 36_600, days: 3_650, average: 5 },
    headline: { periodDays: 30, count: 300, average: 5, previousCount: 300, previousAverage: 5 },
    everRated: 36_600,
    trend: points,
    practiceTrend: [],
    bucketDays: 20,
    practices: [],
    sitting: { days: [], bucketDays: 1, bySitting: [], byBreaks: [] },
    regions: [],
  }
}

it('says under the chart and in its table that each point stands for 20 days', () => {
  render(<TrendSection insights={tenYears()} />)
  expect(screen.getByText(/each point is the average of 20 days/)).toBeTruthy()
  // The table is not in the page until asked for; then it has one row per point, not per day.
  expect(screen.queryByRole('table')).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: 'Show tension as a table' }))
  const table = screen.getByRole('table', { name: 'Average self-rating per 20 days' })
  expect(table.querySelectorAll('tbody tr')).toHaveLength(183)
})
