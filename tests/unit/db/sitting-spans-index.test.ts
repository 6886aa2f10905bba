import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/main/db/migrate'
import { openSqlite, type Database } from '../../../electron/main/db/sqlite'
import { migrations } from '../../../electron/main/migrations'
import { useTempFolder } from '../../support/temp-folder'

const stamp = () => '2026-11-30T10-00-00-000Z'
const MINUTE = 60_000

/** The queries on sitting_spans, as BreakRepository.spansBetween and insights-sitting.ts write them. */
const QUERIES = {
  report: `SELECT started_at, ended_at FROM sitting_spans
           WHERE ended_at > ? AND +started_at < ? ORDER BY +started_at`,
  insightsRange: `SELECT started_at, ended_at FROM sitting_spans
                  WHERE started_at >= ? AND ended_at >= started_at`,
  earliest: 'SELECT MIN(started_at) AS t FROM sitting_spans',
}

function plan(db: Database, sql: string): string {
  const params = [...sql.matchAll(/\?/g)].map((_, i) => i * 1_000_000_000)
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as unknown as {
    detail: string
  }[]
  return rows.map((r) => r.detail).join(' | ')
}

function fill(db: Database): void {
  const insert = db.prepare('INSERT INTO sitting_spans (id, started_at, ended_at) VALUES (?, ?, ?)')
  db.exec('BEGIN')
  for (let i = 0; i < 5000; i++) insert.run(i + 1, i * 40 * MINUTE, i * 40 * MINUTE + 35 * MINUTE)
  db.exec('COMMIT; ANALYZE')
}

describe('migration 011: sitting stretches by their start', () => {
  const tempFolder = useTempFolder()

  it('turns the full scans and sorts of sitting_spans into index reads', () => {
    const file = join(tempFolder(), 'loosen.db')
    const db = openSqlite(file)
    migrate(
      db,
      file,
      migrations.filter((m) => m.version <= 10),
      stamp,
    )
    fill(db)
    const before = Object.fromEntries(Object.entries(QUERIES).map(([k, q]) => [k, plan(db, q)]))
    // Before: Insights' range is a scan of the whole table and the report sorts what it reads.
    expect(before.insightsRange).toMatch(/^SCAN sitting_spans/)
    expect(before.report).toMatch(/USING INDEX sitting_spans_by_end/)
    expect(before.earliest).not.toMatch(/INDEX/)

    const report = migrate(
      db,
      file,
      migrations.filter((m) => m.version <= 11),
      stamp,
    )
    expect(report).toMatchObject({ from: 10, to: 11 })
    db.exec('ANALYZE')
    const after = Object.fromEntries(Object.entries(QUERIES).map(([k, q]) => [k, plan(db, q)]))
    expect(after.insightsRange).toMatch(/SEARCH sitting_spans USING INDEX sitting_spans_by_start/)
    // The reports' recent windows stay on the end index: a few rows, not every stretch since the first.
    expect(after.report).toMatch(/USING INDEX sitting_spans_by_end/)
    expect(after.earliest).toMatch(/sitting_spans_by_start/)
    console.info('sitting_spans query plans', { before, after })
    db.close()
  })
})
