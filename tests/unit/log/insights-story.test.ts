import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/main/db/sqlite'
import { computeInsights } from '../../../electron/main/log/insights-service'
import { RatingsRepository } from '../../../electron/main/log/ratings-repository'
import { useTempFolder } from '../../support/temp-folder'
import { addSession, DAY, HOUR, NOW, openLogTestDb } from './log-test-db'

describe('Insights that tell a story', () => {
  const tempFolder = useTempFolder()
  let db: Database | undefined
  afterEach(() => db?.close())

  function setup() {
    db = openLogTestDb(tempFolder())
    return { db, ratings: new RatingsRepository(db, () => NOW) }
  }

  it('keeps everyday check-ins apart from the ratings around a practice', () => {
    const { db, ratings } = setup()
    addSession(db, { id: 's1', practiceId: 'body-scan', startedAt: NOW - 2 * HOUR })
    ratings.add({ value: 2, takenAt: NOW - 3 * HOUR })
    ratings.add({ value: 9, takenAt: NOW - 2 * HOUR, sessionId: 's1', phase: 'before' })
    ratings.add({ value: 5, takenAt: NOW - HOUR, sessionId: 's1', phase: 'after' })
    const insights = computeInsights(db, '30', NOW, 'UTC')
    // The day's check-in is 2, not the 5.3 of all three ratings mixed.
    expect(insights.trend.map((p) => [p.average, p.count])).toEqual([[2, 1]])
    expect(insights.practiceTrend).toEqual([{ day: insights.toDay, before: 9, after: 5, count: 2 }])
    expect(insights.checkins).toEqual({ ratings: 1, days: 1, average: 2 })
    expect(insights.totals.ratings).toBe(3)
    expect(insights.everRated).toBe(3)
  })

  it('heads the page with the last 30 days of check-ins beside the 30 before', () => {
    const { db, ratings } = setup()
    for (const value of [6, 5, 5]) ratings.add({ value, takenAt: NOW - 40 * DAY })
    for (const value of [4, 4, 5]) ratings.add({ value, takenAt: NOW - 2 * DAY })
    // A practice rating never moves the headline.
    ratings.add({ value: 10, takenAt: NOW - HOUR, sessionId: 'x', phase: 'before' })
    expect(computeInsights(db, 'all', NOW, 'UTC').headline).toEqual({
      periodDays: 30,
      count: 3,
      average: 4.3,
      previousCount: 3,
      previousAverage: 5.3,
    })
    expect(computeInsights(db, '90', NOW, 'UTC').headline).toMatchObject({
      periodDays: 90,
      count: 6,
      previousCount: 0,
      previousAverage: null,
    })
  })

  it('lists practices with enough rated sessions first, the largest average drop first', () => {
    const { db, ratings } = setup()
    const rate = (id: string, practiceId: string, before: number, after: number, n: number) => {
      const at = NOW - DAY - n * HOUR
      addSession(db, { id, practiceId, startedAt: at })
      ratings.add({ value: before, takenAt: at, sessionId: id, phase: 'before' })
      ratings.add({ value: after, takenAt: at + 600_000, sessionId: id, phase: 'after' })
    }
    for (let i = 0; i < 5; i++) rate(`a${String(i)}`, 'box-breathing', 6, 5, i)
    for (let i = 0; i < 5; i++) rate(`b${String(i)}`, 'body-scan', 7, 4, 10 + i)
    for (let i = 0; i < 8; i++)
      addSession(db, { id: `c${String(i)}`, practiceId: 'timer', startedAt: NOW - DAY - i * HOUR })
    rate('d', 'resonance', 9, 1, 30)
    const practices = computeInsights(db, '30', NOW, 'UTC').practices
    expect(practices.map((p) => p.practiceId)).toEqual([
      'body-scan',
      'box-breathing',
      'timer',
      'resonance',
    ])
    expect(practices[0]).toMatchObject({
      rated: 5,
      averageBefore: 7,
      averageAfter: 4,
      averageChange: -3,
    })
  })
})
