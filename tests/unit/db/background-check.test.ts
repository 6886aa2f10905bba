import {
  closeSync,
  existsSync,
  openSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkInBackground,
  damageMarker,
  takeBackgroundCheck,
} from '../../../electron/main/db/integrity'
import { openDatabase } from '../../../electron/main/db/open-database'
import { migrations } from '../../../electron/main/migrations'
import { useTempFolder } from '../../support/temp-folder'

const fixedNow = () => new Date('2026-11-23T10:00:00.000Z')
/** Every file counts as big: the full check is left for the background. */
const ALWAYS_BACKGROUND = 0

/**
 * Enough ratings that they fill most of the file, so the middle three pages damageMiddle()
 * zeroes are theirs, not the schema's (whose triggers fill the first few dozen pages).
 */
const RATINGS = 1000

/** A Loosen file with a thousand ratings, closed cleanly (no WAL left). */
function loosenFile(folder: string): string {
  const file = join(folder, 'loosen.db')
  const { db } = openDatabase(file, migrations, fixedNow)
  const insert = db.prepare(
    `INSERT INTO ratings (id, value, taken_at, utc_offset_min, note, created_at, updated_at)
     VALUES (?, 5, ?, 0, ?, 1, 1)`,
  )
  for (let i = 0; i < RATINGS; i++) insert.run(`r${i}`, i, 'n'.repeat(500))
  db.close()
  return file
}

/** Zeroes three pages in the middle: the header stays intact, only a full read can tell. */
function damageMiddle(file: string): void {
  const size = statSync(file).size
  const handle = openSync(file, 'r+')
  writeSync(handle, Buffer.alloc(4096 * 3), 0, 4096 * 3, Math.floor(size / 2 / 4096) * 4096)
  closeSync(handle)
}

describe('the full integrity check, off the way to the first window', () => {
  const tempFolder = useTempFolder('loosen-check-')

  it('a big file closed cleanly opens without it; the background check marks damage for the next start', () => {
    const file = loosenFile(tempFolder())
    damageMiddle(file)
    const first = openDatabase(file, migrations, fixedNow, ALWAYS_BACKGROUND)
    expect(first.recovery).toBeNull()
    expect(takeBackgroundCheck(first.db)).toBe(true)
    expect(takeBackgroundCheck(first.db)).toBe(false)
    expect(checkInBackground(file)).toBe(false)
    first.db.close()
    expect(existsSync(damageMarker(file))).toBe(true)

    const next = openDatabase(file, migrations, fixedNow, ALWAYS_BACKGROUND)
    expect(next.recovery?.reason).toMatch(/integrity check/)
    expect(existsSync(next.recovery?.movedTo ?? '')).toBe(true)
    // The fresh file is not taken for the damaged one.
    expect(existsSync(damageMarker(file))).toBe(false)
    next.db.close()
    expect(openDatabase(file, migrations, fixedNow, ALWAYS_BACKGROUND).recovery).toBeNull()
  })

  it('after an unclean shutdown (a WAL left behind) the check runs at open and moves damage aside', () => {
    const file = loosenFile(tempFolder())
    damageMiddle(file)
    writeFileSync(`${file}-wal`, '')
    const opened = openDatabase(file, migrations, fixedNow, ALWAYS_BACKGROUND)
    expect(opened.recovery?.reason).toMatch(/integrity check/)
    expect(takeBackgroundCheck(opened.db)).toBe(false)
    opened.db.close()
  })

  it('a sound file passes the background check and leaves no mark', () => {
    const file = loosenFile(tempFolder())
    expect(checkInBackground(file)).toBe(true)
    expect(existsSync(damageMarker(file))).toBe(false)
    const opened = openDatabase(file, migrations, fixedNow, ALWAYS_BACKGROUND)
    expect(opened.recovery).toBeNull()
    expect(opened.db.prepare('SELECT count(*) AS n FROM ratings').get()).toEqual({ n: RATINGS })
    opened.db.close()
  })

  it('a file shorter than its header says is moved aside at open, without the full check', () => {
    const file = loosenFile(tempFolder())
    // Cut the last pages off (as a copy that stopped early would).
    truncateSync(file, statSync(file).size - 8192)
    const opened = openDatabase(file, migrations, fixedNow, ALWAYS_BACKGROUND)
    // SQLite may notice first ("damaged or not a database"); either way it never starts on it.
    expect(opened.recovery?.reason).toMatch(/damaged/)
    opened.db.close()
  })
})
