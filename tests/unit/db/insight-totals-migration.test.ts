import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withBulkRollups } from '../../../electron/main/import/bulk-rollups'
import { openDatabase } from '../../../electron/main/db/open-database'
import { inTransaction, openSqlite, type Database } from '../../../electron/main/db/sqlite'
import { migrate } from '../../../electron/main/db/migrate'
import { computeInsights } from '../../../electron/main/log/insights-service'
import { practiceInsights } from '../../../electron/main/log/insights-practices'
import { rangeWindow, type RangeWindow } from '../../../electron/main/log/insights-range'
import { regionAverages } from '../../../electron/main/log/insights-trend'
import { RatingsRepository } from '../../../electron/main/log/ratings-repository'
import { migrations } from '../../../electron/main/migrations'
import { SessionsRepository } from '../../../electron/main/practice/sessions-repository'
import { HIP_REGIONS } from '../../../electron/shared/contract/log'
import { expectedRollups, storedRollups } from '../../support/rollup-oracle'
import { useTempFolder } from '../../support/temp-folder'

const DAY = 86_400_000
const NOW = Date.parse('2026-11-30T12:00:00Z')
const PRACTICES = ['body-scan', 'box-breathing', 'resonance']
const RAW_TABLES = ['ratings', 'rating_regions', 'rating_tags', 'practice_sessions']

/** "All" through the day rollups (the path before 012): a range from long before any record. */
const EVERY_DAY: RangeWindow = {
  ...rangeWindow('all', NOW, 'UTC'),
  fromDay: -1e6,
  fromMs: -1e6 * DAY,
}
const ALL = rangeWindow('all', NOW, 'UTC')

const reader = (db: Database) => ({ all: (sql: string) => db.prepare(sql).all() })

function counts(db: Database): Record<string, number> {
  return Object.fromEntries(
    [...RAW_TABLES, 'rollup_rating_days', 'rollup_region_days', 'rollup_practice_days'].map(
      (table) => [
        table,
        (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      ],
    ),
  )
}

/** Two years of ratings (regions, sessions rated before and after, renamed practices). */
function fill(db: Database, days: number, idBlock = 0): void {
  const ratings = new RatingsRepository(db, () => NOW)
  const sessions = new SessionsRepository(db, () => NOW)
  for (let d = 0; d < days; d++) {
    const at = NOW - (days - d) * DAY + (d % 5) * 3_600_000
    ratings.add({
      value: d % 11,
      takenAt: at,
      regions: { [HIP_REGIONS[d % HIP_REGIONS.length] ?? 'sacrum']: (d * 7) % 11 },
    })
    if (d % 3 === 0) {
      const id = `00000000-0000-4000-8000-${String(idBlock + d).padStart(12, '0')}`
      const practiceId = PRACTICES[(d / 3) % PRACTICES.length] ?? 'body-scan'
      sessions.record({
        id,
        practiceId,
        // The title changes over time: "all" shows the latest session's.
        practiceTitle: `${practiceId} ${d < days / 2 ? 'old' : 'new'}`,
        plannedMs: 600_000,
        actualMs: 600_000,
        status: 'completed',
        startedAt: at + 60_000,
        endedAt: at + 660_000,
      })
      ratings.add({ value: 8, takenAt: at + 30_000, sessionId: id, phase: 'before' })
      ratings.add({ value: d % 9, takenAt: at + 700_000, sessionId: id, phase: 'after' })
    }
  }
}

describe('migration 012: all-time Insights totals', () => {
  const tempFolder = useTempFolder('loosen-v11-')

  it('upgrades a schema 11 file after a backup, losing nothing, with totals that match the days', () => {
    const file = join(tempFolder(), 'loosen.db')
    const old = openSqlite(file)
    // Loosen's own file (open-database.ts moves any other aside).
    old.exec('PRAGMA application_id = 1280266067')
    migrate(
      old,
      file,
      migrations.filter((m) => m.version <= 11),
      () => 'old',
    )
    fill(old, 730)
    const before = counts(old)
    const shownBefore = {
      regions: regionAverages(old, EVERY_DAY),
      practices: practiceInsights(old, EVERY_DAY),
    }
    old.close()

    const opened = openDatabase(file, migrations, () => new Date(NOW))
    try {
      expect(opened.migration).toMatchObject({ from: 11, to: 12 })
      expect(opened.migration.backups).toHaveLength(1)
      expect(existsSync(opened.migration.backups[0] ?? '')).toBe(true)
      const db = opened.db
      expect(counts(db)).toEqual(before)
      // Every region and practice is there, and its sums are those of its days.
      expect(storedRollups(reader(db))).toEqual(expectedRollups(reader(db)))
      expect(storedRollups(reader(db)).insight_region_totals).toHaveLength(HIP_REGIONS.length)
      // What the person sees for "all" is what the day rollups gave before the upgrade.
      const shown = { regions: regionAverages(db, ALL), practices: practiceInsights(db, ALL) }
      expect(shown).toEqual(shownBefore)
      expect(shown.regions).toHaveLength(HIP_REGIONS.length)
      expect(shown.practices.map((p) => p.title).sort()).toEqual(PRACTICES.map((p) => `${p} new`))
    } finally {
      opened.db.close()
    }
  })

  it('keep up with saves, edits, deletes and a big import that recounts the day rollups', () => {
    const file = join(tempFolder(), 'loosen.db')
    const db = openSqlite(file)
    try {
      migrate(db, file, migrations, () => 'new')
      fill(db, 60)
      const ratings = new RatingsRepository(db, () => NOW)
      const [first, second] = ratings.list(2).ratings
      if (!first || !second) throw new Error('seeded ratings missing')
      ratings.update({
        id: first.id,
        value: 10,
        takenAt: first.takenAt - 3 * DAY,
        regions: { 'left-groin': 1, sacrum: 9 },
        note: '',
        tags: [],
      })
      ratings.remove(second.id)
      expect(storedRollups(reader(db))).toEqual(expectedRollups(reader(db)))

      // The import's recount empties and refills the day rollups with their triggers dropped;
      // the totals follow through their own triggers.
      inTransaction(db, () =>
        withBulkRollups(db, Number.MAX_SAFE_INTEGER, () => {
          fill(db, 20, 1_000)
        }),
      )
      const after = storedRollups(reader(db))
      expect(after).toEqual(expectedRollups(reader(db)))
      const all = computeInsights(db, 'all', NOW, 'UTC')
      expect({ regions: all.regions, practices: all.practices }).toEqual({
        regions: regionAverages(db, EVERY_DAY),
        practices: practiceInsights(db, EVERY_DAY),
      })
      expect(all.regions.reduce((n, r) => n + r.count, 0)).toBe(
        (db.prepare('SELECT count(*) AS n FROM rating_regions').get() as { n: number }).n,
      )
    } finally {
      db.close()
    }
  })
})
