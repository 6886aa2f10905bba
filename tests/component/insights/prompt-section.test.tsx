// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RangePromptReport } from '../../../electron/shared/contract/reminders'
import type { Insights } from '../../../electron/shared/log/insights-types'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { PromptSection } from '../../../renderer/src/insights/PromptSection'
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

const MIN = 60_000

const noRatings: Insights = {
  range: '90',
  fromDay: null,
  toDay: 0,
  totals: { ratings: 0, days: 0, average: null },
  checkins: { ratings: 0, days: 0, average: null },
  headline: { periodDays: 90, count: 0, average: null, previousCount: 0, previousAverage: null },
  everRated: 0,
  trend: [],
  practiceTrend: [],
  bucketDays: 1,
  practices: [],
  sitting: { days: [], bucketDays: 1, bySitting: [], byBreaks: [] },
  regions: [],
}

const filled: RangePromptReport = {
  range: '90',
  from: 0,
  to: 1,
  overall: { prompts: 20, within1: 3, within3: 5, within5: 7 },
  byHour: [
    { hour: 9, prompts: 10, within1: 3, within3: 5, within5: 6 },
    { hour: 15, prompts: 10, within1: 0, within3: 0, within5: 1 },
  ],
  bouts: { sittingDays: 8, over30: 12, longest: { ms: 95 * MIN, date: '2026-03-04' } },
}

const nothing: RangePromptReport = {
  ...filled,
  overall: { prompts: 0, within1: 0, within3: 0, within5: 0 },
  byHour: [],
  bouts: { sittingDays: 0, over30: 0, longest: null },
}

describe('Insights: reminders and breaks', () => {
  it('asks for the chosen range and reloads only this section when reminder records change', async () => {
    const asked: unknown[] = []
    const fake = installFakeApi({
      'settings:get': () => ({ ...defaultSettings, logInsightsRange: '90' }),
      'log:insights': () => noRatings,
      'reminders:prompts': (payload) => {
        asked.push(payload)
        return filled
      },
    })
    render(
      <SettingsProvider>
        <InsightsScreen detail={null} navigate={() => undefined} />
      </SettingsProvider>,
    )
    const section = (await screen.findByRole('heading', { name: 'Reminders and breaks' }))
      .parentElement!
    await within(section).findByText(/Loosen reminded you 20 times in the last 90 days/)
    expect(asked).toEqual([{ range: '90' }])
    // Shown even before the first self-rating: the records are the reminders' own.
    expect(screen.getByText('Nothing to chart yet')).toBeTruthy()
    vi.useFakeTimers()
    try {
      const settle = () => act(() => vi.advanceTimersByTimeAsync(1_000))
      fake.emit({ type: 'data-changed', domain: 'reminders' })
      await settle()
      expect(fake.count('reminders:prompts')).toBe(2)
      expect(fake.count('log:insights')).toBe(1)
      fake.emit({ type: 'data-changed', domain: 'log' })
      await settle()
      expect(fake.count('log:insights')).toBe(2)
      expect(fake.count('reminders:prompts')).toBe(2)
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows the shares within 1, 3 and 5 minutes, each hour on one 0-100% scale, and long sitting', () => {
    render(<PromptSection report={filled} error={null} />)
    const shares = screen.getAllByRole('listitem').slice(0, 3)
    expect(shares.map((li) => li.textContent)).toEqual([
      '15% within 1 minute',
      '25% within 3 minutes',
      '35% within 5 minutes',
    ])
    const nine = document.querySelector('[data-hour="9"]')!
    expect(nine.textContent).toContain('60% of 10 times')
    const fill = nine.querySelector<HTMLElement>('[class*="bar-fill"]')!
    expect(fill.style.width).toBe('60%')
    expect(document.querySelector('[data-hour="15"]')!.textContent).toContain('10% of 10 times')
    expect(screen.getByTestId('prompt-bouts').textContent).toMatch(
      /^12 sitting stretches went over 30 minutes on the 8 days with sitting recorded: about 1\.5 a day\. The longest was 1 h 35 min, on /,
    )
  })

  it('says what will appear instead of empty charts, and never that reminders caused a break', () => {
    render(<PromptSection report={nothing} error={null} />)
    const text = document.body.textContent
    expect(text).toContain('No break reminders in the last 90 days.')
    expect(text).toContain('No sitting recorded in the last 90 days yet.')
    expect(text).not.toMatch(/0%/)
    // Nothing to qualify: the note on what the figures mean waits for some.
    expect(text).not.toContain('not what it caused')
    cleanup()
    render(<PromptSection report={{ ...filled, range: 'all' }} error={null} />)
    const full = document.body.textContent
    expect(full).toContain('in all your records')
    expect(full).toContain('not what it caused')
    expect(full).not.toMatch(/reminders? (cause|caused|led to|made|work)/i)
  })
})
