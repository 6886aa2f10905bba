// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Insights, InsightsRange } from '../../../electron/shared/log/insights-types'
import type { Result } from '../../../electron/shared/result'
import { defaultSettings, type Settings } from '../../../electron/shared/settings/schema'
import { InsightsScreen } from '../../../renderer/src/screens/InsightsScreen'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'
import { deferred, installFakeApi } from '../support/fake-api'

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

afterEach(cleanup)

function insightsFor(range: InsightsRange): Insights {
  return {
    range,
    fromDay: null,
    toDay: 0,
    totals: { ratings: 0, days: 0, average: null },
    checkins: { ratings: 0, days: 0, average: null },
    headline: { periodDays: 30, count: 0, average: null, previousCount: 0, previousAverage: null },
    everRated: 0,
    trend: [],
    practiceTrend: [],
    bucketDays: 1,
    practices: [],
    sitting: { days: [], bucketDays: 1, bySitting: [], byBreaks: [] },
    regions: [],
  }
}

describe('Insights when answers come back out of order', () => {
  it('shows the newest range, not an older answer that arrived last', async () => {
    let settings: Settings = { ...defaultSettings, logInsightsRange: '30' }
    // The first answer arrives at once; later ones wait for the test.
    const answers: ReturnType<typeof deferred<Result<Insights>>>[] = []
    const fake = installFakeApi({
      'settings:get': () => settings,
      'settings:update': (patch) => {
        settings = { ...settings, ...(patch as Partial<Settings>) }
        fake.emit({ type: 'settings-changed' })
        return settings
      },
      'log:insights': (payload) => {
        if (fake.count('log:insights') === 1) {
          return insightsFor((payload as { range: InsightsRange }).range)
        }
        const answer = deferred<Result<Insights>>()
        answers.push(answer)
        return answer.promise
      },
    })
    render(
      <SettingsProvider>
        <InsightsScreen detail={null} navigate={() => undefined} />
      </SettingsProvider>,
    )
    const thirty = await screen.findByRole('radio', { name: '30 days' })
    expect(thirty).toHaveProperty('checked', true)

    // A rating saved elsewhere: Insights asks again for 30 days, and that answer is slow.
    fake.emit({ type: 'data-changed', domain: 'log' })
    await waitFor(() => expect(fake.count('log:insights')).toBe(2))
    // Meanwhile the user picks 90 days.
    await userEvent.click(screen.getByRole('radio', { name: '90 days' }))
    await waitFor(() => expect(answers).toHaveLength(2))

    answers[1]?.resolve({ ok: true, value: insightsFor('90') })
    await waitFor(() =>
      expect(
        document.querySelector('[data-insights-range]')?.getAttribute('data-insights-range'),
      ).toBe('90'),
    )
    answers[0]?.resolve({ ok: true, value: insightsFor('30') })
    await new Promise((done) => setTimeout(done, 50))

    expect(
      document.querySelector('[data-insights-range]')?.getAttribute('data-insights-range'),
    ).toBe('90')
    expect(screen.getByRole('radio', { name: '90 days' })).toHaveProperty('checked', true)
  })
})
