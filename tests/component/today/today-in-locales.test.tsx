// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Rating } from '../../../electron/shared/contract/log'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { TodayScreen } from '../../../renderer/src/screens/TodayScreen'
import { renderIn } from '../report/translators'
import { installFakeApi } from '../support/fake-api'

afterEach(cleanup)

// Wednesday 25 November 2026, 20:30 local time.
const evening = new Date(2026, 10, 25, 20, 30).getTime()

function rating(value: number, takenAt: number, id: string): Rating {
  return {
    id,
    value,
    takenAt,
    utcOffsetMin: 0,
    regions: {},
    note: '',
    tags: [],
    sessionId: null,
    phase: null,
  }
}

function showToday(messages: 'en' | 'de', format: string, ratings: Rating[]) {
  const status: Partial<ReminderStatus> = {
    phase: 'sitting',
    now: evening,
    sittingSince: evening - 10 * 60_000,
    nextBreakAt: evening + 35 * 60_000,
    pausedUntil: null,
    pausedIndefinitely: false,
    offHoursUntil: null,
  }
  installFakeApi({
    'reminders:state': () => status,
    'log:listRatings': () => ({ ratings, total: ratings.length, next: null }),
    'practice:listSessions': () => [],
  })
  renderIn(messages, format, <TodayScreen detail={null} navigate={() => undefined} />)
}

describe('Today in German on a computer set to Germany', () => {
  it('greets with a German weekday and writes times on the 24-hour clock', async () => {
    showToday('de', 'de-DE', [rating(4, new Date(2026, 10, 24, 19, 5).getTime(), 'a')])
    expect(await screen.findByText('Guten Abend · Mittwoch, 25. November')).toBeTruthy()
    expect(await screen.findByText('Nächste Pause um 21:05, in 35 Minuten.')).toBeTruthy()
    const last = await screen.findByText(/Deine letzte Selbsteinschätzung war 4\/10/)
    expect(last.textContent).toBe('Deine letzte Selbsteinschätzung war 4/10, Di., 24. Nov., 19:05.')
    expect(last.textContent).not.toMatch(/PM|AM/)
  })

  it('writes the week’s average with a decimal comma', async () => {
    const tuesday = new Date(2026, 10, 24, 9).getTime()
    showToday('de', 'de-DE', [rating(4, tuesday, 'a'), rating(5, tuesday + 3_600_000, 'b')])
    expect(await screen.findByText('Diese Woche: 4,5 (2 Einträge)')).toBeTruthy()
  })
})

describe('Today’s week starts on the locale’s first day', () => {
  // Sunday 22 November: the first day of this week in the US, the last day of last week in
  // Britain and Germany.
  const sunday = new Date(2026, 10, 22, 10).getTime()

  it('counts Sunday in this week for en-US', async () => {
    showToday('en', 'en-US', [rating(6, sunday, 'a')])
    expect(await screen.findByText('This week: 6.0 (1 check-in)')).toBeTruthy()
    expect(screen.getByText('Last week: no check-ins')).toBeTruthy()
    expect(screen.getByText(/Next break at 9:05\sPM, in 35 min\./)).toBeTruthy()
  })

  it('counts the same Sunday in last week for en-GB, whose weeks start on Monday', async () => {
    showToday('en', 'en-GB', [rating(6, sunday, 'a')])
    expect(await screen.findByText('Last week: 6.0 (1 check-in)')).toBeTruthy()
    expect(screen.getByText('This week: no check-ins')).toBeTruthy()
    expect(screen.getByText('Next break at 21:05, in 35 min.')).toBeTruthy()
  })
})
