import { existsSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import type { AppInfo } from '../../../electron/shared/contract/app'
import type { RatingPage } from '../../../electron/shared/contract/log'
import type { Result } from '../../../electron/shared/result'
import { useTempFolder } from '../../support/temp-folder'

// Complements tests/unit/db/open-database.test.ts (whole-file damage at openDatabase): here the
// damage is partial, and the whole start-up is driven, up to what the renderer is told.

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

async function withRatings(folder: string, count: number): Promise<void> {
  const main = start(folder)
  for (let i = 0; i < count; i++) {
    const saved = await main.dispatch('log:addRating', { value: i % 11, note: 'n'.repeat(500) })
    expect(saved.ok).toBe(true)
  }
  main.database.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  main.close()
}

describe('partly damaged data files', () => {
  const tempFolder = useTempFolder('loosen-damaged-')

  it('ignore a garbage WAL file beside a good database and keep every rating', async () => {
    const folder = tempFolder()
    await withRatings(folder, 30)
    writeFileSync(join(folder, 'loosen.db-wal'), Buffer.alloc(64 * 1024, 0xa5))

    const main = start(folder)
    expect(main.database.recovery).toBeNull()
    const page = (await main.dispatch('log:listRatings', { limit: 200 })) as Result<RatingPage>
    expect(page).toMatchObject({ ok: true, value: { total: 30 } })
    expect(main.database.db.prepare('PRAGMA integrity_check').get()).toEqual({
      integrity_check: 'ok',
    })
    main.close()
  })

  it('move a file with a damaged page aside, tell the renderer where, and keep working', async () => {
    const folder = tempFolder()
    await withRatings(folder, 200)
    const file = join(folder, 'loosen.db')
    // Scribble over pages in the middle of the file; the header stays intact, so only the
    // integrity check can tell.
    const size = readFileSync(file).length
    const handle = openSync(file, 'r+')
    writeSync(handle, Buffer.alloc(4096 * 3, 0x00), 0, 4096 * 3, Math.floor(size / 2 / 4096) * 4096)
    closeSync(handle)
    const damaged = readFileSync(file)

    const main = start(folder)
    const info = (await main.dispatch('app:info', undefined)) as Result<AppInfo>
    expect(info.ok).toBe(true)
    if (!info.ok) return
    const recovery = info.value.recovery
    expect(recovery?.movedTo).toBe(`${file}.unreadable-2026-11-23T10-00-00-000Z`)
    expect(recovery?.reason).toMatch(/integrity check|damaged/)
    expect(existsSync(recovery?.movedTo ?? '')).toBe(true)
    expect(readFileSync(recovery?.movedTo ?? '').equals(damaged)).toBe(true)

    const fresh = await main.dispatch('log:addRating', { value: 3 })
    expect(fresh.ok).toBe(true)
    // Once dismissed, the notice does not come back in this run.
    await main.dispatch('app:dismissRecoveryNotice', undefined)
    const after = (await main.dispatch('app:info', undefined)) as Result<AppInfo>
    expect(after).toMatchObject({ ok: true, value: { recovery: null } })
    main.close()

    // The next start opens the fresh file normally, and the old one is still there.
    const again = start(folder)
    expect(again.database.recovery).toBeNull()
    expect(existsSync(`${file}.unreadable-2026-11-23T10-00-00-000Z`)).toBe(true)
    again.close()
  })
})
