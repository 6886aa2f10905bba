import { existsSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/main/db/open-database'
import { migrations, latestSchemaVersion } from '../../../electron/main/migrations'
import { useTempFolder } from '../../support/temp-folder'

const fixedNow = () => new Date('2026-11-23T10:00:00.000Z')

function freshLoosenFile(folder: string): string {
  const file = join(folder, 'loosen.db')
  const opened = openDatabase(file, migrations, fixedNow)
  opened.db
    .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 1)")
    .run()
  opened.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  opened.db.close()
  return file
}

describe('opening the database', () => {
  const tempFolder = useTempFolder()

  it('creates a new database and reports no recovery', () => {
    const file = join(tempFolder(), 'loosen.db')
    const opened = openDatabase(file, migrations, fixedNow)
    expect(opened.recovery).toBeNull()
    expect(opened.migration.to).toBe(latestSchemaVersion)
    opened.db.close()
  })

  it('reopens its own file and keeps what was saved', () => {
    const file = freshLoosenFile(tempFolder())
    const opened = openDatabase(file, migrations, fixedNow)
    expect(opened.recovery).toBeNull()
    expect(opened.db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"dark"' })
    opened.db.close()
  })

  const unreadable: Array<[string, (file: string) => void, RegExp]> = [
    [
      'random bytes',
      (file) => writeFileSync(file, Buffer.alloc(8192, 0x5a)),
      /damaged|not a database/,
    ],
    ['a truncated file', (file) => truncateSync(file, 1500), /damaged|not a database|integrity/],
    [
      "another program's SQLite file",
      (file) => {
        writeFileSync(file, '')
        const other = new DatabaseSync(file)
        other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)')
        other.close()
      },
      /another program/,
    ],
    [
      'a database from a newer Loosen',
      (file) => {
        const db = new DatabaseSync(file)
        db.exec(`PRAGMA user_version = ${latestSchemaVersion + 1}`)
        db.close()
      },
      /newer version of Loosen/,
    ],
  ]

  for (const [name, spoil, reason] of unreadable) {
    it(`moves ${name} aside, never deleting it, and starts fresh`, () => {
      const folder = tempFolder()
      const file = freshLoosenFile(folder)
      spoil(file)
      const spoiled = readFileSync(file)

      const opened = openDatabase(file, migrations, fixedNow)
      expect(opened.recovery).not.toBeNull()
      expect(opened.recovery?.reason).toMatch(reason)
      const movedTo = opened.recovery?.movedTo ?? ''
      expect(movedTo).toBe(`${file}.unreadable-2026-11-23T10-00-00-000Z`)
      expect(existsSync(movedTo)).toBe(true)
      expect(readFileSync(movedTo).equals(spoiled)).toBe(true)
      // The fresh database works.
      expect(opened.db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 })
      opened.db.close()
      expect(readdirSync(folder)).toContain('loosen.db')
    })
  }

  it('does not move the file when the folder cannot be opened at all', () => {
    const missingFolder = join(tempFolder(), 'no', 'such', 'folder', 'loosen.db')
    expect(() => openDatabase(missingFolder, migrations, fixedNow)).toThrow()
  })
})
