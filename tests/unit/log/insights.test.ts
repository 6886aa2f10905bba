import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/main/db/sqlite'
import { computeInsights, InsightsCache } from '../../../electron/main/log/insights-service'
import { RatingsRepository } from '../../../electron/main/log/ratings-repository'
import { localDay } from '../../../electron/shared/log/days'
import { systemOffsetMin } from '../../../electron/shared/log/iso-time'
import { useTempFolder } from '../../support/temp-folder'
import { addSession, DAY, HOUR, NOW, openLogTestDb } from './log-test-db'

describe('insights', () => {
  const tempFolder = useTempFolder()
  let db: Database | undefined
  afterEach(() => db?.close())

  function setup() {
    db = openLogTestDb(tempFolder())
    return { db, ratings: new RatingsRepository(db, () => NOW) }
  }

  it('averages each local day and keeps ratings outside the range out', () => {
    const { db, ratings } = setup()
    ratings.add({ value: 2, takenAt: NOW - HOUR })
    ratings.add({ value: 6, takenAt: NOW - 2 * HOUR })
    ratings.add({ value: 8, takenAt: NOW - 3 * DAY })
    ratings.add({ value: 9, takenAt: NOW - 40 * DAY })
    const month = computeInsights(db, '30', NOW)
    expect(month.totals).toEqual({ ratings: 3, days: 2, average: 5.3 })
    expect(month.trend.map((p) => [p.average, p.count])).toEqual([
      [8, 1],
      [4, 2],
    ])
    expect(month.trend.at(-1)?.movingAverage).toBe(6)
    expect(computeInsights(db, 'all', NOW).totals.ratings).toBe(4)
  })

  it('puts a rating on the day where it was taken, using its own offset', () => {
    const { db, ratings } = setup()
    // 23:30 in New York on the 20th is already the 21st in UTC.
    const taken = Date.parse('2026-11-21T04:30:00Z')
    const saved = ratings.add({ value: 5, takenAt: taken })
    db.prepare('UPDATE ratings SET utc_offset_min = -300 WHERE id = ?').run(saved.id)
    const [point] = computeInsights(db, 'all', NOW).trend
    expect(point?.day).toBe(localDay(taken, -300))
    expect(new Date(point!.day * DAY).toISOString().slice(0, 10)).toBe('2026-11-20')
  })

  it('reports each practice: sessions, average change and the share with a meaningful drop', () => {
    const { db, ratings } = setup()
    const pairs: [string, number, number][] = [
      ['s1', 8, 5], // −3: meaningful
      ['s2', 3, 2], // −1 but 33%: meaningful
      ['s3', 6, 5], // −1, 17%: minimal only
      ['s4', 4, 5], // worse
    ]
    for (const [id, before, after] of pairs) {
      addSession(db, {
        id,
        practiceId: 'body-scan',
        title: 'Hip & Pelvis Body Scan',
        startedAt: NOW - DAY,
      })
      ratings.add({ value: before, sessionId: id, phase: 'before', takenAt: NOW - DAY })
      ratings.add({ value: after, sessionId: id, phase: 'after', takenAt: NOW - DAY + 600_000 })
    }
    // Rated only before: counted as a session, not in the change.
    addSession(db, { id: 's5', practiceId: 'body-scan', startedAt: NOW - 3 * DAY })
    ratings.add({ value: 9, sessionId: 's5', phase: 'before', takenAt: NOW - DAY })
    addSession(db, {
      id: 's6',
      practiceId: 'box-breathing',
      title: 'Box Breathing',
      startedAt: NOW - 2 * DAY,
    })
    const [scan, box] = computeInsights(db, '30', NOW).practices
    expect(scan).toEqual({
      practiceId: 'body-scan',
      title: 'Hip & Pelvis Body Scan',
      sessions: 5,
      rated: 4,
      averageChange: -1,
      averageBefore: 5.3,
      averageAfter: 4.3,
      meaningfulShare: 0.5,
      minimalShare: 0.75,
    })
    expect(box).toMatchObject({ sessions: 1, rated: 0, averageChange: null, meaningfulShare: null })
  })

  it('sets tension beside sitting minutes and breaks actually taken', () => {
    const { db, ratings } = setup()
    const today = localDay(NOW, systemOffsetMin(NOW))
    const dayStart = today * DAY - systemOffsetMin(NOW) * 60_000
    db.prepare(
      'INSERT INTO sitting_spans (id, started_at, ended_at) VALUES (hex(randomblob(8)), ?, ?)',
    ).run(dayStart + HOUR, dayStart + 8 * HOUR)
    db.prepare(`INSERT INTO break_events VALUES ('b1', 'taken', ?, 120000, 0)`).run(
      dayStart + 2 * HOUR,
    )
    db.prepare(`INSERT INTO break_events VALUES ('b2', 'skipped', ?, 0, 0)`).run(
      dayStart + 3 * HOUR,
    )
    ratings.add({ value: 7, takenAt: dayStart + 9 * HOUR > NOW ? NOW : dayStart + 9 * HOUR })
    const sitting = computeInsights(db, '30', NOW).sitting
    expect(sitting.days).toEqual([{ day: today, sittingMin: 420, breaks: 1, tension: 7 }])
    expect(sitting.bySitting.find((b) => b.label === '6 hours or more')).toEqual({
      label: '6 hours or more',
      days: 1,
      tension: 7,
    })
    expect(sitting.byBreaks.find((b) => b.label === '1 or 2 breaks')?.tension).toBe(7)
  })

  it('does not count a night away as a break taken', () => {
    const { db, ratings } = setup()
    const today = localDay(NOW, systemOffsetMin(NOW))
    const dayStart = today * DAY - systemOffsetMin(NOW) * 60_000
    db.prepare(
      'INSERT INTO sitting_spans (id, started_at, ended_at) VALUES (hex(randomblob(8)), ?, ?)',
    ).run(dayStart + HOUR, dayStart + 3 * HOUR)
    // Lunch away (a break) and the night before (not one); both recorded as natural breaks.
    db.prepare(`INSERT INTO break_events VALUES ('lunch', 'natural', ?, ?, 0)`).run(
      dayStart + 2 * HOUR,
      HOUR,
    )
    db.prepare(`INSERT INTO break_events VALUES ('night', 'natural', ?, ?, 0)`).run(
      dayStart - 2 * HOUR,
      10 * HOUR,
    )
    ratings.add({ value: 4, takenAt: dayStart + 3 * HOUR > NOW ? NOW : dayStart + 3 * HOUR })
    const sitting = computeInsights(db, '30', NOW).sitting
    expect(sitting.days).toEqual([{ day: today, sittingMin: 120, breaks: 1, tension: 4 }])
    expect(sitting.byBreaks.find((b) => b.label === 'No breaks')?.days).toBe(0)
  })

  it('shows which regions carry the tension, highest first', () => {
    const { db, ratings } = setup()
    ratings.add({ value: 5, regions: { 'left-groin': 8, 'lower-back': 2 }, takenAt: NOW - HOUR })
    ratings.add({ value: 5, regions: { 'left-groin': 6 }, takenAt: NOW - 2 * HOUR })
    expect(computeInsights(db, '30', NOW).regions).toEqual([
      { region: 'left-groin', average: 7, count: 2 },
      { region: 'lower-back', average: 2, count: 1 },
    ])
  })
})

describe('insights cache', () => {
  const tempFolder = useTempFolder()

  it('answers again from memory until anything is written', () => {
    const db = openLogTestDb(tempFolder())
    try {
      const ratings = new RatingsRepository(db, () => NOW)
      const cache = new InsightsCache(db)
      ratings.add({ value: 4, takenAt: NOW - HOUR })
      const first = cache.get('30', NOW)
      expect(cache.get('30', NOW)).toBe(first)
      ratings.add({ value: 8, takenAt: NOW - HOUR })
      const second = cache.get('30', NOW)
      expect(second).not.toBe(first)
      expect(second.totals.ratings).toBe(2)
      // A write by another feature on the same connection counts too.
      addSession(db, { id: 's', practiceId: 'box-breathing', startedAt: NOW - HOUR })
      expect(cache.get('30', NOW).practices).toHaveLength(1)
      // A new day moves the window even with no writes.
      expect(cache.get('30', NOW + DAY)).not.toBe(cache.get('30', NOW))
    } finally {
      db.close()
    }
  })
})
