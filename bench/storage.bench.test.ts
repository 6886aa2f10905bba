import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { expect, it } from 'vitest'
import { DATABASE_FILE_NAME } from '../electron/main/services'
import { recordFigure } from './record'
import { cachedDatabase } from './support/cached-database'
import { benchServices } from './support/services'
import { median, round } from './support/stats'

it('measures opening the database and a settings round trip through the dispatcher', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'loosen-bench-'))
  try {
    const openStarted = performance.now()
    const services = benchServices(folder)
    recordFigure('db_open_ms', round(performance.now() - openStarted, 2))

    const rounds = 200
    const started = performance.now()
    for (let i = 0; i < rounds; i++) {
      const result = await services.dispatch('settings:update', { showStreaks: i % 2 === 0 })
      expect(result.ok).toBe(true)
    }
    recordFigure('settings_update_ms', round((performance.now() - started) / rounds, 3))
    services.close()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

/** Start-up of a profile with a million self-ratings: open, check, migrate (nothing to do). */
function timeOpen(folder: string): number {
  const started = performance.now()
  const services = benchServices(folder)
  const ms = performance.now() - started
  services.close()
  return ms
}

it('measures opening a database of 1,000,000 ratings, warm and cold', () => {
  const source = cachedDatabase(1_000_000)
  const folder = mkdtempSync(join(tmpdir(), 'loosen-bench-open-'))
  const file = join(folder, DATABASE_FILE_NAME)
  try {
    const cold: number[] = []
    const warm: number[] = []
    for (let i = 0; i < 3; i++) {
      rmSync(folder, { recursive: true, force: true })
      execFileSync('mkdir', ['-p', folder])
      // "Cold": a fresh copy written with O_DIRECT, so none of its pages sit in the page cache
      // (the kernel reads the file from the disk on first open), and SQLite has never seen it.
      // The disk's own cache and the host's caches under this VM may still be warm.
      execFileSync('dd', [`if=${source}`, `of=${file}`, 'bs=4M', 'iflag=direct', 'oflag=direct'], {
        stdio: 'ignore',
      })
      cold.push(timeOpen(folder))
      // Warm: the same file opened again, as on a second start the same day.
      warm.push(timeOpen(folder))
    }
    recordFigure('db_open_ms_1m_cold', round(median(cold)))
    recordFigure('db_open_ms_1m_warm', round(median(warm)))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}, 900_000)
