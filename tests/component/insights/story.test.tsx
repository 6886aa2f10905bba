// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Insights, PracticeInsight } from '../../../electron/shared/log/insights-types'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { headlineText } from '../../../renderer/src/insights/headline'
import { translatorFor } from '../../../renderer/src/i18n/i18n-context'
import { PracticeSection } from '../../../renderer/src/insights/PracticeSection'
import { InsightsScreen } from '../../../renderer/src/screens/InsightsScreen'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'
import { installFakeApi } from '../support/fake-api'

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

const empty: Insights = {
  range: '30',
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

function practice(p: Partial<PracticeInsight> & { practiceId: string }): PracticeInsight {
  return {
    title: p.practiceId,
    sessions: 0,
    rated: 0,
    averageChange: null,
    averageBefore: null,
    averageAfter: null,
    meaningfulShare: null,
    minimalShare: null,
    ...p,
  }
}

describe('Insights that tell a story', () => {
  it('reloads for ratings and practice sessions, not for reminder records', async () => {
    const fake = installFakeApi({
      'settings:get': () => ({ ...defaultSettings, logInsightsRange: '30' }),
      'log:insights': () => empty,
    })
    render(
      <SettingsProvider>
        <InsightsScreen detail={null} navigate={() => undefined} />
      </SettingsProvider>,
    )
    await screen.findByText('Nothing to chart yet')
    expect(fake.count('log:insights')).toBe(1)
    // Changes close together are answered after a short settle timer: the clock is faked.
    vi.useFakeTimers()
    try {
      const settle = () => act(() => vi.advanceTimersByTimeAsync(1_000))
      // The break timer writes sitting stretches all day: the open screen stays as it is.
      fake.emit({ type: 'data-changed', domain: 'reminders' })
      await settle()
      expect(fake.count('log:insights')).toBe(1)
      fake.emit({ type: 'data-changed', domain: 'practice' })
      await settle()
      expect(fake.count('log:insights')).toBe(2)
      fake.emit({ type: 'data-changed', domain: 'log' })
      await settle()
      expect(fake.count('log:insights')).toBe(3)
    } finally {
      vi.useRealTimers()
    }
  })

  it('says "too few sessions yet" below five rated sessions instead of 100% or 0%', () => {
    render(
      <PracticeSection
        practices={[
          practice({
            practiceId: 'resonance',
            title: 'Resonance breathing',
            sessions: 6,
            rated: 6,
            averageBefore: 6.5,
            averageAfter: 4,
            averageChange: -2.5,
            meaningfulShare: 0.667,
            minimalShare: 0.833,
          }),
          practice({
            practiceId: 'box',
            title: 'Box breathing',
            sessions: 2,
            rated: 2,
            averageBefore: 8,
            averageAfter: 2,
            averageChange: -6,
            meaningfulShare: 1,
            minimalShare: 1,
          }),
        ]}
      />,
    )
    const [first, second] = screen.getAllByRole('listitem')
    expect(within(first!).getByRole('heading').textContent).toBe('Resonance breathing')
    expect(
      within(first!).getByRole('img', { name: 'Average before 6.5, after 4.0, out of 10' }),
    ).toBeTruthy()
    expect(first!.textContent).toContain('67%')
    expect(second!.textContent).toContain('Too few sessions yet: 2 of 5 rated before and after.')
    expect(second!.textContent).not.toMatch(/100%|0%/)
    expect(within(second!).queryByRole('img')).toBeNull()
  })
})

describe('the headline', () => {
  const en = translatorFor('en', ['en-US'])
  const base = { periodDays: 30, count: 12, previousCount: 10 }

  it('says where the check-ins stand against the period before, as ratings, not causes', () => {
    expect(headlineText({ ...base, average: 4.3, previousAverage: 5.4 }, en).sentence).toBe(
      'Average 4.3 over the last 30 days, down 1.1 from the 30 days before.',
    )
    expect(headlineText({ ...base, average: 5, previousAverage: 4.2 }, en).sentence).toBe(
      'Average 5.0 over the last 30 days, up 0.8 from the 30 days before.',
    )
    expect(headlineText({ ...base, average: 4.3, previousAverage: 4.3 }, en).sentence).toBe(
      'Average 4.3 over the last 30 days, about the same as the 30 days before.',
    )
    expect(
      headlineText({ ...base, periodDays: 365, average: 3, previousAverage: 4 }, en).sentence,
    ).toBe('Average 3.0 over the last year, down 1.0 from the year before.')
  })

  it('does not compare with a period of one or two check-ins', () => {
    const text = headlineText({ ...base, previousCount: 2, average: 4, previousAverage: 9 }, en)
    expect(text.sentence).toBe('Average 4.0 over the last 30 days.')
    expect(text.detail).toContain('Too few check-ins in the 30 days before to compare.')
  })
})
