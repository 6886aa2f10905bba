import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/main/db/migrate'
import { openDatabase } from '../../../electron/main/db/open-database'
import { openSqlite } from '../../../electron/main/db/sqlite'
import { ImportService } from '../../../electron/main/import/import-service'
import { migrations } from '../../../electron/main/migrations'
import { legacySpanNamer } from '../../../electron/main/migrations/legacy-span-id'
import { recordStoresFor } from '../../../electron/main/transfer/record-stores'
import { useTempFolder } from '../../support/temp-folder'

const newFolder = useTempFolder('loosen-v6-')
const T = Date.parse('2026-03-02T09:00:00Z')
const SPANS = [
  { startedAt: T, endedAt: T + 2_400_000 },
  { startedAt: T + 3_600_000, endedAt: T + 5_400_000 },
  // The same stretch twice (it happens after a clock change): both rows are kept.
  { startedAt: T + 3_600_000, endedAt: T + 5_400_000 },
]

function schema5(file: string): void {
  const db = openSqlite(file)
  db.exec('PRAGMA application_id = 1280266067')
  migrate(
    db,
    file,
    migrations.filter((m) => m.version <= 5),
    () => 'old',
  )
  const insert = db.prepare('INSERT INTO sitting_spans (started_at, ended_at) VALUES (?, ?)')
  for (const s of SPANS) insert.run(s.startedAt, s.endedAt)
  db.close()
}

describe('migration 006: global ids', () => {
  it('keeps every sitting period under an id made from it, after a backup', () => {
    const file = join(newFolder(), 'loosen.db')
    schema5(file)
    const opened = openDatabase(
      file,
      migrations.filter((m) => m.version <= 6),
      () => new Date(T),
    )
    expect(opened.migration).toMatchObject({ from: 5, to: 6 })
    expect(opened.migration.backups).toHaveLength(1)
    expect(existsSync(opened.migration.backups[0] ?? '')).toBe(true)
    const name = legacySpanNamer()
    const expected = SPANS.map((s) => ({ id: name(s), ...s }))
    const stores = recordStoresFor(opened.db, () => T + 86_400_000)
    expect(stores.breaks.allSpans()).toEqual(
      [...expected].sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id)),
    )
    expect(new Set(expected.map((s) => s.id)).size).toBe(3)
    opened.db.close()
  })

  it('recognises the same periods in a file exported before the migration', () => {
    const file = join(newFolder(), 'loosen.db')
    schema5(file)
    const opened = openDatabase(
      file,
      migrations.filter((m) => m.version <= 6),
      () => new Date(T),
    )
    const now = () => T + 86_400_000
    const old = JSON.stringify({
      formatVersion: 1,
      sittingSpans: SPANS.map((s, i) => ({
        id: i + 1,
        startedAt: new Date(s.startedAt).toISOString(),
        endedAt: new Date(s.endedAt).toISOString(),
      })),
    })
    const result = new ImportService(opened.db, now, recordStoresFor(opened.db, now)).commit(
      'old.json',
      old,
      false,
    )
    expect(result.skipped.sittingSpans).toBe(3)
    expect(result.added.sittingSpans).toBe(0)
    opened.db.close()
  })
})
