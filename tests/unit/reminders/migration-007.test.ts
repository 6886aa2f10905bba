import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/main/db/migrate'
import { openDatabase } from '../../../electron/main/db/open-database'
import { openSqlite } from '../../../electron/main/db/sqlite'
import { migrations } from '../../../electron/main/migrations'
import { useTempFolder } from '../../support/temp-folder'

const newFolder = useTempFolder('loosen-v7-')
const T = Date.parse('2026-03-02T09:00:00Z')
const ROWS = [
  { id: 'a', kind: 'taken', occurred_at: T, duration_ms: 180_000, sitting_before_ms: 2_700_000 },
  { id: 'b', kind: 'skipped', occurred_at: T + 1, duration_ms: 0, sitting_before_ms: 60_000 },
  { id: 'c', kind: 'natural', occurred_at: T + 2, duration_ms: 600_000, sitting_before_ms: 0 },
]

describe('migration 007: break outcomes', () => {
  it('keeps every break row as it was and accepts the two new kinds', () => {
    const file = join(newFolder(), 'loosen.db')
    const old = openSqlite(file)
    old.exec('PRAGMA application_id = 1280266067')
    migrate(
      old,
      file,
      migrations.filter((m) => m.version <= 6),
      () => 'old',
    )
    const insert = old.prepare('INSERT INTO break_events VALUES (?, ?, ?, ?, ?)')
    for (const r of ROWS)
      insert.run(r.id, r.kind, r.occurred_at, r.duration_ms, r.sitting_before_ms)
    expect(() => insert.run('d', 'prompt', T, 0, 0)).toThrow(/CHECK/)
    old.close()

    const upTo7 = migrations.filter((m) => m.version <= 7)
    const opened = openDatabase(file, upTo7, () => new Date(T))
    expect(opened.migration).toMatchObject({ from: 6, to: 7 })
    const db = opened.db
    expect(db.prepare('SELECT * FROM break_events ORDER BY occurred_at').all()).toEqual(ROWS)
    const add = db.prepare('INSERT INTO break_events VALUES (?, ?, ?, ?, ?)')
    add.run('p', 'prompt', T + 5, 0, 0)
    add.run('n', 'not-taken', T + 6, 30_000, 0)
    expect(() => add.run('x', 'maybe', T + 7, 0, 0)).toThrow(/CHECK/)
    const index = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'break_events'")
      .all()
    expect(index).toContainEqual({ name: 'break_events_by_time' })
    db.close()
  })
})
