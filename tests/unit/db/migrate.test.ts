import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate, NewerSchemaError } from '../../../electron/main/db/migrate'
import { openSqlite, userVersion } from '../../../electron/main/db/sqlite'
import { migrations, latestSchemaVersion } from '../../../electron/main/migrations'
import type { Migration } from '../../../electron/main/migrations/migration'
import { useTempFolder } from '../../support/temp-folder'

const stamp = () => '2026-11-23T10-00-00-000Z'

describe('migrations', () => {
  const tempFolder = useTempFolder()

  it('bring a new database to the latest version in WAL mode with STRICT tables', () => {
    const file = join(tempFolder(), 'loosen.db')
    const db = openSqlite(file)
    const report = migrate(db, file, migrations, stamp)
    expect(report).toMatchObject({ from: 0, to: latestSchemaVersion })
    expect(userVersion(db)).toBe(latestSchemaVersion)
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' })
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as {
      name: string
      sql: string
    }[]
    expect(tables.length).toBeGreaterThan(0)
    for (const table of tables) expect(table.sql, table.name).toMatch(/STRICT\s*$/)
    // A fresh database has nothing to lose, so no backup is written.
    expect(report.backups).toEqual([])
    db.close()
  })

  it('copy the file before upgrading a database that already holds data', () => {
    const folder = tempFolder()
    const file = join(folder, 'loosen.db')
    const db = openSqlite(file)
    migrate(db, file, migrations, stamp)
    db.prepare(
      "INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 1)",
    ).run()
    const next: Migration = {
      version: latestSchemaVersion + 1,
      name: 'extra column',
      up: (d) => d.exec('ALTER TABLE settings ADD COLUMN note TEXT'),
    }
    const report = migrate(db, file, [...migrations, next], stamp)
    expect(report.backups).toHaveLength(1)
    const backup = report.backups[0]!
    expect(existsSync(backup)).toBe(true)
    const copy = openSqlite(backup)
    expect(userVersion(copy)).toBe(latestSchemaVersion)
    expect(copy.prepare('SELECT value FROM settings').get()).toEqual({ value: '"dark"' })
    copy.close()
    db.close()
    expect(readdirSync(folder).some((name) => name.includes('.before-v'))).toBe(true)
  })

  it('copy the file once per upgrade, however many steps it takes', () => {
    const folder = tempFolder()
    const file = join(folder, 'loosen.db')
    const db = openSqlite(file)
    migrate(db, file, migrations, stamp)
    db.prepare(
      "INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 1)",
    ).run()
    const steps: Migration[] = [1, 2, 3].map((n) => ({
      version: latestSchemaVersion + n,
      name: `step ${String(n)}`,
      up: (d) => d.exec(`ALTER TABLE settings ADD COLUMN extra${String(n)} TEXT`),
    }))
    const report = migrate(db, file, [...migrations, ...steps], stamp)
    expect(report.to).toBe(latestSchemaVersion + 3)
    expect(report.backups).toEqual([
      `${file}.before-v${String(latestSchemaVersion + 1)}-${stamp()}.bak`,
    ])
    expect(readdirSync(folder).filter((name) => name.includes('.before-v'))).toHaveLength(1)
    db.close()
  })

  it('leave the version untouched when a step fails half way', () => {
    const file = join(tempFolder(), 'loosen.db')
    const db = openSqlite(file)
    migrate(db, file, migrations, stamp)
    const broken: Migration = {
      version: latestSchemaVersion + 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT')
        d.exec('THIS IS NOT SQL')
      },
    }
    expect(() => migrate(db, file, [...migrations, broken], stamp)).toThrow()
    expect(userVersion(db)).toBe(latestSchemaVersion)
    const half = db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()
    expect(half).toBeUndefined()
    db.close()
  })

  it('refuse a database written by a newer Loosen', () => {
    const file = join(tempFolder(), 'loosen.db')
    const db = openSqlite(file)
    db.exec(`PRAGMA user_version = ${latestSchemaVersion + 5}`)
    expect(() => migrate(db, file, migrations, stamp)).toThrow(NewerSchemaError)
    db.close()
  })

  it('use unique, ascending version numbers', () => {
    const versions = migrations.map((m) => m.version)
    expect(new Set(versions).size).toBe(versions.length)
    expect([...versions].sort((a, b) => a - b)).toEqual(versions)
  })
})
