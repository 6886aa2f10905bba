// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { PromptReport } from '../../../electron/shared/contract/reminders'
import { PromptPanel, suggestionText } from '../../../renderer/src/reminders/PromptPanel'
import { emptyPrompts } from './report-fixtures'

afterEach(cleanup)

const NOW = Date.parse('2026-11-23T10:00:00Z')
const MIN = 60_000

function report(patch: Partial<PromptReport>): PromptReport {
  return { ...emptyPrompts(NOW), ...patch }
}

describe('the prompt report on the Reminders screen', () => {
  it('says how often a reminder was followed by a break, by hour of day', () => {
    render(
      <PromptPanel
        report={report({
          overall: { prompts: 20, within1: 3, within3: 5, within5: 6 },
          byHour: [
            { hour: 9, prompts: 10, within1: 3, within3: 4, within5: 5 },
            { hour: 14, prompts: 10, within1: 0, within3: 1, within5: 1 },
          ],
          meanWaitMs: 12_000,
        })}
      />,
    )
    const region = screen.getByRole('region', { name: 'Do the reminders help?' })
    expect(region.textContent).toContain('In the last 4 weeks Loosen reminded you 20 times.')
    expect(region.textContent).toContain(
      'within 1 minute after 15% of them, within 3 minutes after 25% and within 5 minutes after 30%.',
    )
    const rows = screen.getAllByRole('row').map((r) => r.textContent)
    expect(rows).toEqual(['HourRemindersBreak within 5 min', '09:001050%', '14:001010%'])
    expect(region.textContent).toContain('waited 12 seconds on average')
    expect(region.textContent).toContain('not what the reminders caused')
  })

  it('shows the long sitting stretches of each day', () => {
    const dayStart = Date.parse('2026-11-23T00:00:00')
    render(
      <PromptPanel
        report={report({
          bouts: [{ date: '2026-11-23', dayStart, over30: 2, longestMs: 75 * MIN }],
        })}
      />,
    )
    expect(screen.getByRole('listitem').textContent).toMatch(/: 2 \(longest 1 h 15 min\)$/)
  })

  it('with nothing yet, explains what will appear', () => {
    render(<PromptPanel report={report({})} />)
    expect(screen.getByText(/No reminders in the last 4 weeks yet/)).toBeTruthy()
  })

  it('a week with no sitting says so instead of a row of zeros', () => {
    const days = [0, 1, 2].map((i) => ({
      date: `2026-11-2${String(i + 1)}`,
      dayStart: Date.parse(`2026-11-2${String(i + 1)}T00:00:00`),
      over30: 0,
      longestMs: 0,
    }))
    render(<PromptPanel report={report({ bouts: days })} />)
    expect(screen.queryAllByRole('listitem')).toEqual([])
    expect(screen.getByText(/No sitting recorded in the last 7 days yet/)).toBeTruthy()
  })

  it('words a suggestion as a choice, never as a cause or a change made', () => {
    const interval = suggestionText({
      kind: 'interval',
      currentMin: 60,
      suggestedMin: 30,
      basedOn: 12,
    })
    expect(interval).toContain('A 30-minute interval may fit your rhythm better')
    expect(interval).toContain('Loosen does not change it for you')
    const hour = suggestionText({ kind: 'hour', hour: 14, rate: 0, overallRate: 0.7, basedOn: 6 })
    expect(hour).toContain('Around 14:00, reminders were followed by a break less often (0% of 6)')
    expect(hour).toContain('(70%)')
    for (const text of [interval, hour]) expect(text).not.toMatch(/because|caus|will help/i)
  })
})
