import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { firstDayOfWeek } from '../../../electron/shared/i18n/locales'
import { weeklyConsistency, weekStartOf } from '../../../electron/shared/report/consistency'
import { weekGlance } from '../../../renderer/src/today/week'

let zone: string | undefined
beforeEach(() => {
  zone = process.env['TZ']
  process.env['TZ'] = 'America/New_York'
})
afterEach(() => {
  process.env['TZ'] = zone
})

const at = (m: number, d: number, h = 12) => new Date(2026, m - 1, d, h).getTime()

describe('calendar weeks from the locale’s first day', () => {
  it('starts a week on Sunday in en-US and on Monday in de-DE', () => {
    // Wednesday 4 March 2026.
    expect(weekStartOf(at(3, 4), firstDayOfWeek('en-US'))).toEqual(new Date(2026, 2, 1))
    expect(weekStartOf(at(3, 4), firstDayOfWeek('de-DE'))).toEqual(new Date(2026, 2, 2))
    // A Sunday is the first day of its US week and the last of its German one.
    expect(weekStartOf(at(3, 8, 0), 7)).toEqual(new Date(2026, 2, 8))
    expect(weekStartOf(at(3, 8, 23), 1)).toEqual(new Date(2026, 2, 2))
    // Saturday-first locales (e.g. ar-EG) too.
    expect(weekStartOf(at(3, 4), 6)).toEqual(new Date(2026, 1, 28))
  })

  it('keeps a week over the spring change (8 March 2026 in New York) at local midnight', () => {
    const weeks = weeklyConsistency([], at(3, 1, 0), at(3, 22, 0), at(3, 30), 4, 7)
    expect(weeks.weeks.map((w) => w.start)).toEqual(['2026-03-01', '2026-03-08', '2026-03-15'])
  })

  it('counts the target over Sunday-to-Saturday weeks when asked', () => {
    // Practice Sunday to Wednesday: one US week met; split over two Monday weeks, none met.
    const days = [at(3, 8), at(3, 9), at(3, 10), at(3, 11)]
    const sunday = weeklyConsistency(days, at(3, 8, 0), at(3, 15, 0), at(3, 20), 4, 7)
    const monday = weeklyConsistency(days, at(3, 8, 0), at(3, 15, 0), at(3, 20), 4, 1)
    expect(sunday.weeks).toEqual([
      { start: '2026-03-08', practiceDays: 4, met: true, underWay: false },
    ])
    expect(monday.weeks.map((w) => [w.start, w.practiceDays, w.met])).toEqual([
      ['2026-03-02', 1, false],
      ['2026-03-09', 3, false],
    ])
  })

  it('Today’s glance puts a Sunday check-in in this week or last by the first day', () => {
    const wednesday = at(3, 11, 15)
    const sunday = [{ value: 5, takenAt: at(3, 8, 10) }]
    expect(weekGlance([], sunday, wednesday, 7).thisWeek.count).toBe(1)
    expect(weekGlance([], sunday, wednesday, 1).lastWeek.count).toBe(1)
  })
})
