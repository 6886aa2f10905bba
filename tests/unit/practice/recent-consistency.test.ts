import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { recentConsistency } from '../../../electron/shared/report/consistency'

let zone: string | undefined
beforeEach(() => {
  zone = process.env['TZ']
})
afterEach(() => {
  if (zone === undefined) delete process.env['TZ']
  else process.env['TZ'] = zone
})

/** Local wall time in the zone set for the test. */
const at = (y: number, m: number, d: number, h = 12, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime()

/** Four practice days in each of the Monday-starting weeks given (Mon, Tue, Wed, Thu at noon). */
function fourDaysFrom(...mondays: [number, number, number][]): number[] {
  return mondays.flatMap(([y, m, d]) => [0, 1, 2, 3].map((i) => at(y, m, d + i)))
}

describe('the Practice screen’s weekly target over the last 8 calendar weeks', () => {
  it.each(['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham'])(
    '%s: weeks run Monday to Sunday in local time across a daylight-saving change',
    (name) => {
      process.env['TZ'] = name
      // 2026-03-23 … 2026-04-12 spans the March/April changes of the northern and southern zones.
      const starts = [
        ...fourDaysFrom([2026, 3, 23], [2026, 3, 30]),
        // The week of 6 April: Sunday 23:59 and Monday 00:01 fall in different weeks.
        at(2026, 4, 6),
        at(2026, 4, 7),
        at(2026, 4, 8),
        at(2026, 4, 12, 23, 59),
        at(2026, 4, 13, 0, 1),
      ]
      const now = at(2026, 4, 14, 9) // Tuesday
      const result = recentConsistency(starts, now, 4)
      expect(result.weeks.map((w) => w.start)).toEqual([
        '2026-02-23',
        '2026-03-02',
        '2026-03-09',
        '2026-03-16',
        '2026-03-23',
        '2026-03-30',
        '2026-04-06',
        '2026-04-13',
      ])
      expect(result.weeks.slice(-4).map((w) => [w.practiceDays, w.met, w.underWay])).toEqual([
        [4, true, false],
        [4, true, false],
        [4, true, false],
        [1, false, true],
      ])
      // The week under way is not counted until it is met: 3 of 7 ended weeks.
      expect([result.met, result.counted]).toEqual([3, 7])
    },
  )

  it('a week started slowly is met later in the same week, and then counts at once', () => {
    process.env['TZ'] = 'Europe/Berlin'
    // Nothing Monday to Wednesday of the week of 26 Oct (the clocks went back on the 25th).
    const starts = [at(2026, 10, 29), at(2026, 10, 30), at(2026, 10, 31)]
    const saturday = recentConsistency(starts, at(2026, 10, 31, 20), 4)
    expect(saturday.weeks.at(-1)).toMatchObject({ practiceDays: 3, met: false, underWay: true })
    expect(saturday.counted).toBe(7)
    const sunday = recentConsistency([...starts, at(2026, 11, 1, 21)], at(2026, 11, 1, 22), 4)
    expect(sunday.weeks.at(-1)).toMatchObject({ practiceDays: 4, met: true, underWay: true })
    expect([sunday.met, sunday.counted]).toEqual([1, 8])
  })

  it('follows the chosen target, and ignores practice before the 8 weeks', () => {
    process.env['TZ'] = 'Asia/Kathmandu'
    const now = at(2026, 6, 10)
    const starts = [at(2026, 1, 5), at(2026, 6, 8), at(2026, 6, 9)]
    expect(recentConsistency(starts, now, 2).weeks.at(-1)).toMatchObject({ met: true })
    expect(recentConsistency(starts, now, 3).weeks.at(-1)).toMatchObject({ met: false })
    expect(recentConsistency(starts, now, 2).weeks.reduce((n, w) => n + w.practiceDays, 0)).toBe(2)
  })
})

describe('weeks before the first session', () => {
  it('are not counted as unmet: someone who began this week has nothing counted against them', () => {
    process.env['TZ'] = 'America/Sao_Paulo'
    const now = at(2026, 6, 10) // Wednesday
    const starts = [at(2026, 6, 8), at(2026, 6, 9)]
    const fresh = recentConsistency(starts, now, 4, at(2026, 6, 8))
    expect(fresh.weeks.map((w) => w.start)).toEqual(['2026-06-08'])
    expect([fresh.met, fresh.counted]).toEqual([0, 0])
    // Began three weeks ago: three weeks shown, the two ended ones counted.
    const later = recentConsistency(starts, now, 4, at(2026, 5, 27))
    expect(later.weeks.map((w) => w.start)).toEqual(['2026-05-25', '2026-06-01', '2026-06-08'])
    expect(later.counted).toBe(2)
  })
})
