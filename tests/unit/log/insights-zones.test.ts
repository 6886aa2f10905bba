import { recordStoresFor } from '../../../electron/main/transfer/record-stores'
import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/main/db/sqlite'
import { datasetToJson } from '../../../electron/main/export/to-json'
import { readDataset } from '../../../electron/main/export/read-dataset'
import { computeInsights } from '../../../electron/main/log/insights-service'
import { dayToIsoDate } from '../../../electron/shared/log/days'
import { useTempFolder } from '../../support/temp-folder'
import { offsetAt, transitions, wallAt } from '../time/zone-oracle'
import { addSession, openLogTestDb } from './log-test-db'

const MIN = 60_000
const DAY = 86_400_000

const ZONES = [
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Europe/London',
  'Pacific/Kiritimati',
]

let counter = 0

/** A rating as the app stores it: the instant and the offset the zone had then. */
function addRating(db: Database, takenAt: number, offsetMin: number, value: number): string {
  const id = `r${++counter}`
  db.prepare(
    `INSERT INTO ratings (id, value, taken_at, utc_offset_min, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', 0, 0)`,
  ).run(id, value, takenAt, offsetMin)
  db.prepare(`INSERT INTO rating_regions VALUES (?, 'sacrum', ?)`).run(id, value)
  return id
}

const floorDay = (ms: number) => Math.floor(ms / DAY)

describe('every Insights section holds the same ratings for a range', () => {
  const tempFolder = useTempFolder()
  let db: Database | undefined
  afterEach(() => {
    db?.close()
    db = undefined
  })

  it.each(ZONES)('%s: across each 2026 change, trend, body map and sessions agree', (zone) => {
    const found = transitions(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))
    // Zones without daylight saving still get the check, at two ordinary dates.
    const changes = found.length > 0 ? found : [Date.UTC(2026, 3, 5), Date.UTC(2026, 8, 27)]
    for (const change of changes) {
      db?.close()
      db = openLogTestDb(tempFolder())
      // The change falls inside the last 30 days, so the range starts at the other offset.
      const now = change + 20 * DAY
      const toDay = floorDay(wallAt(now, zone))
      const fromDay = toDay - 29
      let expected = 0
      let expectedSessions = 0
      // Every quarter hour from two hours before the range's first midnight to two after.
      const around = fromDay * DAY - offsetAt(fromDay * DAY, zone)
      for (let t = around - 2 * 60 * MIN; t <= around + 2 * 60 * MIN; t += 15 * MIN) {
        const offsetMin = offsetAt(t, zone) / MIN
        addRating(db, t, offsetMin, 5)
        addSession(db, { id: `s${t}`, practiceId: 'body-scan', startedAt: t })
        const inRange = floorDay(t + offsetMin * MIN) >= fromDay
        if (inRange) expected++
        if (floorDay(wallAt(t, zone)) >= fromDay) expectedSessions++
      }
      const insights = computeInsights(db, '30', now, zone)
      expect(insights.fromDay).toBe(fromDay)
      expect(insights.totals.ratings).toBe(expected)
      expect(insights.regions).toEqual([{ region: 'sacrum', average: 5, count: expected }])
      expect(insights.practices[0]?.sessions).toBe(expectedSessions)
      expect(insights.trend[0]?.day).toBe(fromDay)
    }
  })

  it('a rating before 1970 lands on its own local day, as in the export', () => {
    db = openLogTestDb(tempFolder())
    // 20:00 on 31 December 1969 in New York is 01:00 on 1 January in UTC.
    addRating(db, Date.UTC(1970, 0, 1, 1), -300, 4)
    // 23:00 on 14 July 1969 in Los Angeles: before 1970 and west of UTC.
    addRating(db, Date.UTC(1969, 6, 15, 6), -420, 6)
    // An instant exactly on a UTC midnight before 1970.
    addRating(db, Date.UTC(1969, 0, 1), 0, 8)
    const now = Date.UTC(2026, 10, 23, 12)
    const insights = computeInsights(db, 'all', now, 'America/New_York')
    const days = insights.trend.map((p) => dayToIsoDate(p.day))
    expect(days).toEqual(['1969-01-01', '1969-07-14', '1969-12-31'])
    expect(insights.regions).toEqual([{ region: 'sacrum', average: 6, count: 3 }])
    const exported = JSON.parse(
      datasetToJson(
        readDataset(
          db,
          recordStoresFor(db, () => now),
        ),
        now,
      ),
    ) as { ratings: { takenAt: string }[] }
    expect(exported.ratings.map((r) => r.takenAt.slice(0, 10)).sort()).toEqual(days)
  })

  it('a range reaching back before 1970 counts the same ratings in every section', () => {
    db = openLogTestDb(tempFolder())
    const now = Date.UTC(1970, 0, 10, 12)
    for (let t = Date.UTC(1969, 11, 10); t < now; t += 7 * 60 * MIN) addRating(db, t, -300, 3)
    const insights = computeInsights(db, '30', now, 'America/New_York')
    const fromDay = floorDay(now - 5 * 60 * MIN) - 29
    const expected = (
      db.prepare('SELECT taken_at, utc_offset_min FROM ratings').all() as {
        taken_at: number
        utc_offset_min: number
      }[]
    ).filter((r) => floorDay(r.taken_at + r.utc_offset_min * MIN) >= fromDay).length
    expect(insights.fromDay).toBe(fromDay)
    expect(insights.totals.ratings).toBe(expected)
    expect(insights.regions[0]?.count).toBe(expected)
  })
})
