import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inTransaction } from '../../../electron/main/db/sqlite'
import { withBulkRollups } from '../../../electron/main/import/bulk-rollups'
import { readJsonImport } from '../../../electron/main/import/parse-json'
import { validateImport } from '../../../electron/main/import/validate-import'
import { recordStoresFor } from '../../../electron/main/transfer/record-stores'
import { useTempFolder } from '../../support/temp-folder'
import { countRows, exportOf, NOW, openProfile, type Profile } from '../transfer/transfer-world'

const ROLLUPS = ['rollup_rating_days', 'rollup_region_days', 'rollup_practice_days']

function rows(profile: Profile, sql: string): unknown[] {
  return profile.services.database.db.prepare(sql).all()
}

/** Every rollup row, in a fixed order, and the triggers as stored. */
function state(profile: Profile) {
  return {
    rollups: ROLLUPS.map((table) => rows(profile, `SELECT * FROM ${table} ORDER BY 1, 2, 3`)),
    triggers: rows(
      profile,
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`,
    ),
  }
}

describe('a big import adds up the rollups once instead of row by row', () => {
  const temp = useTempFolder('loosen-bulk-')

  it('gives Insights exactly the rollups the triggers give, and leaves the triggers in place', async () => {
    const text = await exportOf(join(temp(), 'from'), 3_000)
    const write = (profile: Profile, adding: number) => {
      const db = profile.services.database.db
      const stores = recordStoresFor(db, () => NOW)
      const { data } = validateImport(readJsonImport(text), NOW, stores)
      inTransaction(db, () =>
        withBulkRollups(db, adding, () => {
          stores.ratings.insertMissing(data.ratings)
          stores.sessions.insertMissing(data.practiceSessions)
        }),
      )
    }
    const bulk = openProfile(join(temp(), 'bulk'))
    const rowByRow = openProfile(join(temp(), 'rows'))
    try {
      write(bulk, Number.MAX_SAFE_INTEGER)
      write(rowByRow, 0)
      expect(countRows(bulk.services, 'rollup_rating_days')).toBeGreaterThan(0)
      expect(state(bulk)).toEqual(state(rowByRow))
      // The triggers work again at once: a rating saved afterwards is counted.
      const before = rows(bulk, 'SELECT sum(count) AS n FROM rollup_rating_days')
      await bulk.services.dispatch('log:addRating', { value: 4 })
      expect(rows(bulk, 'SELECT sum(count) AS n FROM rollup_rating_days')).not.toEqual(before)
    } finally {
      bulk.services.close()
      rowByRow.services.close()
    }
  }, 120_000)

  it('a failure after the inserts rolls back the rows, the rollups and the dropped triggers', async () => {
    const text = await exportOf(join(temp(), 'from'), 500)
    const profile = openProfile(join(temp(), 'to'))
    try {
      const db = profile.services.database.db
      const stores = recordStoresFor(db, () => NOW)
      const before = state(profile)
      const { data } = validateImport(readJsonImport(text), NOW, stores)
      expect(() =>
        inTransaction(db, () =>
          withBulkRollups(db, Number.MAX_SAFE_INTEGER, () => {
            stores.ratings.insertMissing(data.ratings)
            throw new Error('disk gone')
          }),
        ),
      ).toThrow('disk gone')
      expect(state(profile)).toEqual(before)
      expect(countRows(profile.services, 'ratings')).toBe(0)
    } finally {
      profile.services.close()
    }
  }, 120_000)
})
