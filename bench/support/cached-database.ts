import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { latestSchemaVersion } from '../../electron/main/migrations'
import { createMainServices, DATABASE_FILE_NAME } from '../../electron/main/services'
import { seedHistory, SEED_NOW } from './seed'

export const CACHE_FOLDER = resolve(__dirname, '../../.tmp/bench-cache')
/** Bump when seed.ts changes, so an old cached file is not measured as if it were the new one. */
const SEED_VERSION = 1

/** Years of history per size: 10k over 1 year, 100k over 3, 1M over 10 (heavy use, ~270 a day). */
const DAYS: Record<number, number> = { 10_000: 365, 100_000: 3 * 365, 1_000_000: 10 * 365 }

/**
 * A seeded Loosen database of `ratings` self-ratings, built once through the app's own start-up
 * (so schema and settings are real) and kept under .tmp/bench-cache; the 1M file takes a
 * minute or two to build on this machine, later runs reuse it.
 */
export function cachedDatabase(ratings: number): string {
  mkdirSync(CACHE_FOLDER, { recursive: true })
  const file = join(CACHE_FOLDER, `loosen-${ratings}-s${latestSchemaVersion}-v${SEED_VERSION}.db`)
  if (existsSync(file)) return file
  const folder = mkdtempSync(join(tmpdir(), 'loosen-bench-seed-'))
  try {
    const services = createMainServices({
      dataFolder: folder,
      appVersion: 'bench',
      platform: process.platform,
      now: () => SEED_NOW,
      emit: () => undefined,
      log: { error: () => undefined },
    })
    seedHistory(services.database.db, ratings, DAYS[ratings] ?? 365)
    services.database.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    services.close()
    renameSync(join(folder, DATABASE_FILE_NAME), `${file}.partial`)
    renameSync(`${file}.partial`, file)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  return file
}

/** A new data folder holding a copy of the cached database, as a profile with that history. */
export function profileWith(ratings: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'loosen-bench-profile-'))
  copyFileSync(cachedDatabase(ratings), join(folder, DATABASE_FILE_NAME))
  return folder
}
