import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataFolderError } from '../../../electron/main/db/open-data-folder'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import type { Rating, RatingPage } from '../../../electron/shared/contract/log'
import type { Result } from '../../../electron/shared/result'
import { useTempFolder } from '../../support/temp-folder'

const REPO_ROOT = resolve(__dirname, '../../..')
const CHILD = resolve(__dirname, '../../support/open-data-folder-child.ts')
const FULL_MESSAGE =
  'The disk is full, so this change was not saved. Everything saved earlier is safe. Free some space and try again.'
const READ_ONLY_MESSAGE =
  "Loosen's data folder cannot be written to, so this change was not saved. Everything saved earlier is safe."

function start(dataFolder: string): MainServices {
  return createMainServices({
    dataFolder,
    appVersion: '0.0.0-test',
    platform: 'linux',
    now: () => Date.parse('2026-11-23T10:00:00Z'),
    emit: () => undefined,
    log: { error: () => undefined },
  })
}

async function saveRating(main: MainServices, value: number, note: string) {
  return (await main.dispatch('log:addRating', {
    value,
    note,
    tags: ['desk'],
    regions: { sacrum: value, 'lower-back': value },
  })) as Result<Rating>
}

async function allRatings(main: MainServices): Promise<Rating[]> {
  const found: Rating[] = []
  let before: RatingPage['next'] = null
  for (;;) {
    const page = (await main.dispatch(
      'log:listRatings',
      before ? { limit: 200, before } : { limit: 200 },
    )) as Result<RatingPage>
    if (!page.ok) throw new Error(page.error.message)
    found.push(...page.value.ratings)
    before = page.value.next
    if (!before) return found
  }
}

function integrity(main: MainServices): unknown {
  return main.database.db.prepare('PRAGMA integrity_check').get()
}

describe('a full disk', () => {
  const tempFolder = useTempFolder('loosen-full-')

  it('refuses the change with the storage_full message and keeps everything saved before', async () => {
    const folder = tempFolder()
    let main = start(folder)
    const saved: Rating[] = []
    for (let i = 0; i < 20; i++) {
      const result = await saveRating(main, i % 11, `before the disk filled ${String(i)}`)
      if (!result.ok) throw new Error(result.error.message)
      saved.push(result.value)
    }
    // SQLite itself answers SQLITE_FULL once the file may not grow by another page: the same
    // error a full disk gives, raised inside the real write path.
    const { db } = main.database
    const pages = (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count
    db.exec(`PRAGMA max_page_count = ${String(pages)}`)

    let refused: Result<Rating> | undefined
    for (let i = 0; i < 200 && !refused; i++) {
      const result = await saveRating(main, 5, 'x'.repeat(1000))
      if (result.ok) saved.push(result.value)
      else refused = result
    }
    expect(refused).toEqual({ ok: false, error: { code: 'storage_full', message: FULL_MESSAGE } })

    // The refused rating left nothing behind: no half-written tags or regions.
    const orphans = db
      .prepare(
        `SELECT (SELECT count(*) FROM rating_tags WHERE rating_id NOT IN (SELECT id FROM ratings))
              + (SELECT count(*) FROM rating_regions WHERE rating_id NOT IN (SELECT id FROM ratings)) AS n`,
      )
      .get()
    expect(orphans).toEqual({ n: 0 })
    expect(await allRatings(main)).toHaveLength(saved.length)

    // After the quit, with space again, everything saved is there and the file is sound.
    main.close()
    main = start(folder)
    expect(main.database.recovery).toBeNull()
    expect(integrity(main)).toEqual({ integrity_check: 'ok' })
    const after = await allRatings(main)
    expect(after.map((r) => r.id).sort()).toEqual(saved.map((r) => r.id).sort())
    for (const rating of saved) expect(after).toContainEqual(rating)
    const next = await saveRating(main, 2, 'space again')
    expect(next.ok).toBe(true)
    main.close()
  })
})

describe('a data folder that cannot be written to', () => {
  const tempFolder = useTempFolder('loosen-readonly-')

  it('refuses writes while running with the storage_read_only message, losing nothing', async () => {
    const folder = tempFolder()
    const main = start(folder)
    const first = await saveRating(main, 6, 'saved while writable')
    expect(first.ok).toBe(true)
    await main.dispatch('settings:update', { theme: 'dark' })
    // SQLite answers SQLITE_READONLY for every write from here on, as it does when the folder
    // or file stops being writable under a running app.
    main.database.db.exec('PRAGMA query_only = 1')

    const refusals = [
      await saveRating(main, 3, 'not saved'),
      await main.dispatch('settings:update', { theme: 'light' }),
      await main.dispatch('settings:reset', undefined),
    ]
    for (const refusal of refusals) {
      expect(refusal).toEqual({
        ok: false,
        error: { code: 'storage_read_only', message: READ_ONLY_MESSAGE },
      })
    }
    if (first.ok) {
      const deleted = await main.dispatch('log:deleteRating', { id: first.value.id })
      expect(deleted).toMatchObject({ ok: false, error: { code: 'storage_read_only' } })
    }
    // Reading still works, and shows exactly what was saved.
    const ratings = await allRatings(main)
    expect(ratings.map((r) => r.note)).toEqual(['saved while writable'])
    expect(main.settings.read().theme).toBe('dark')
    main.close()
  })

  function runAsUnprivileged(dataFolder: string): unknown {
    // Root writes anywhere, so the child drops to "nobody"; others are already unprivileged.
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0
    const result = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dataFolder], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 30_000,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      env: { ...process.env, TMPDIR: '/tmp' },
    })
    expect(result.status, result.stderr).toBe(0)
    return JSON.parse(result.stdout) as unknown
  }

  function lockedFolder(): { parent: string; existing: string; empty: string } {
    const parent = tempFolder()
    const existing = join(parent, 'existing')
    const empty = join(parent, 'empty')
    const main = start(existing)
    main.database.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    main.close()
    mkdirSync(empty)
    for (const file of readdirSync(existing)) chmodSync(join(existing, file), 0o444)
    // Readable and searchable by anyone, writable by no one but root.
    for (const path of [existing, empty, parent]) chmodSync(path, 0o555)
    return { parent, existing, empty }
  }

  it.skipIf(process.platform === 'win32')(
    'stops at start with a clear message, never touching the data, when the folder is read-only',
    () => {
      const { parent, existing, empty } = lockedFolder()
      try {
        const cases = [
          [existing, 'read_only', /cannot write to its data folder/],
          [empty, 'unavailable', /cannot open its data file/],
          [join(parent, 'not-yet-made'), 'read_only', /cannot write to its data folder/],
        ] as const
        for (const [folder, problem, message] of cases) {
          const answer = runAsUnprivileged(folder)
          expect(answer, folder).toMatchObject({
            thrown: { name: 'DataFolderError', problem },
          })
          const thrown = (answer as { thrown: { message: string } }).thrown
          expect(thrown.message).toMatch(message)
          expect(thrown.message).toContain(folder)
          expect(thrown.message).toContain('Nothing was deleted')
        }
        // Nothing was moved aside, renamed or added.
        expect(readdirSync(existing)).toEqual(['loosen.db'])
      } finally {
        for (const path of [parent, existing, empty]) chmodSync(path, 0o755)
      }
      const reopened = start(existing)
      expect(reopened.database.recovery).toBeNull()
      reopened.close()
    },
    60_000,
  )

  it('names the folder when something else is in the way of it', () => {
    const parent = tempFolder()
    const blocked = join(parent, 'data')
    writeFileSync(blocked, 'a file where the folder should be')
    expect(() => start(blocked)).toThrow(DataFolderError)
    expect(() => start(blocked)).toThrow(
      /cannot open its data file in .*data: .*Nothing was deleted/,
    )
    const folderInsteadOfFile = join(parent, 'second')
    mkdirSync(join(folderInsteadOfFile, 'loosen.db'), { recursive: true })
    expect(() => start(folderInsteadOfFile)).toThrow(DataFolderError)
  })
})
