import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { channelNames, contract } from '../../../electron/shared/contract'
import type { Result } from '../../../electron/shared/result'
import { useTempFolder } from '../../support/temp-folder'
import { payloadsFor } from './fuzz-arbitraries'
import { vocabularyOf } from './schema-walk'
import { changedTables, TableHashes } from './table-hashes'
import { trespasses } from './table-ownership'

const TOTAL_PAYLOADS = 10_000
const SEED = 20_261_123

function start(dataFolder: string, errors: string[]): MainServices {
  return createMainServices({
    dataFolder,
    appVersion: '0.0.0-test',
    platform: 'linux',
    now: () => Date.parse('2026-11-23T10:00:00Z'),
    emit: () => undefined,
    log: { error: (message, error) => errors.push(`${message}: ${String(error)}`) },
  })
}

/**
 * The database file's bytes after folding the WAL into it. With nothing written the checkpoint
 * has nothing to copy, so equal hashes mean the stored data did not change by a single byte.
 * (The -shm file is SQLite's in-memory index of the WAL, rebuilt on open; it is not data.)
 */
function fingerprint(main: MainServices, file: string): { hash: string; walBytes: number } {
  main.database.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex')
  return { hash, walBytes: statSync(`${file}-wal`).size }
}

function prototypeSnapshot(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) =>
    Object.getOwnPropertyNames(proto).sort().join(','),
  )
}

function isWellFormedError(result: Result<unknown>): boolean {
  if (result.ok) return false
  const { error } = result
  const keys = Object.keys(error).sort().join(',')
  return (
    (keys === 'code,message' ||
      keys === 'code,field,message' ||
      (keys === 'code,field,message,problem' &&
        typeof error.problem === 'string' &&
        error.problem.length > 0)) &&
    typeof error.message === 'string' &&
    error.message.length > 0 &&
    (error.field === undefined || typeof error.field === 'string')
  )
}

async function seed(main: MainServices): Promise<void> {
  const answers = [
    await main.dispatch('settings:update', { theme: 'dark', firstRunAcknowledged: true }),
    await main.dispatch('log:addRating', { value: 7, note: 'before the fuzzing', tags: ['desk'] }),
    await main.dispatch('log:addRating', { value: 3, regions: { sacrum: 4 } }),
  ]
  for (const answer of answers) expect(answer.ok, JSON.stringify(answer)).toBe(true)
}

describe('fuzzed IPC', () => {
  const tempFolder = useTempFolder('loosen-fuzz-')

  it(`answers ${String(TOTAL_PAYLOADS)} adversarial payloads across every channel without a crash or a change`, async () => {
    const folder = join(tempFolder(), 'main')
    const errors: string[] = []
    // The main database only ever sees payloads its schemas reject. Payloads that happen to be
    // valid go to a second, scratch database: they may change data, so they are checked for
    // "no crash, a typed answer" only.
    const main = start(folder, errors)
    const scratchFolder = join(tempFolder(), 'scratch')
    const scratch = start(scratchFolder, errors)
    await seed(main)
    const file = join(folder, 'loosen.db')
    const before = fingerprint(main, file)
    expect(before.walBytes).toBe(0)
    const prototypesBefore = prototypeSnapshot()

    // Each call is watched table by table: a refused payload changes nothing, a valid one only
    // what its channel owns (table-ownership.ts).
    const mainTables = new TableHashes(file)
    const scratchTables = new TableHashes(join(scratchFolder, 'loosen.db'))
    const perChannel = Math.ceil(TOTAL_PAYLOADS / channelNames.length)
    let sent = 0
    let rejected = 0
    for (const [index, channel] of channelNames.entries()) {
      const schema = contract[channel].request
      await fc.assert(
        fc.asyncProperty(payloadsFor(vocabularyOf(schema)), async (generated) => {
          // IPC delivers a structured clone: no functions, getters or shared references. (Nesting
          // is capped at 1,000 levels: deeper values cannot be cloned, so they never reach main.)
          const payload: unknown = structuredClone(generated.value)
          sent++
          if (schema.safeParse(payload).success) {
            const before = scratchTables.snapshot()
            const answer = await scratch.dispatch(channel, payload)
            const changed = changedTables(before, scratchTables.snapshot())
            expect(trespasses(channel, payload, changed), `${channel} trespassed`).toEqual([])
            if (!answer.ok) {
              expect(isWellFormedError(answer), JSON.stringify(answer)).toBe(true)
              expect(answer.error.code).not.toBe('internal')
            }
            return
          }
          rejected++
          const before = mainTables.snapshot()
          const answer = await main.dispatch(channel, payload)
          expect(changedTables(before, mainTables.snapshot()), `${channel} refused`).toEqual([])
          expect(answer.ok).toBe(false)
          if (answer.ok) return
          expect(answer.error.code, `${channel}: ${answer.error.message}`).toBe('invalid_input')
          expect(isWellFormedError(answer), JSON.stringify(answer)).toBe(true)
        }),
        { numRuns: perChannel, seed: SEED + index, endOnFailure: true },
      )
    }

    expect(sent).toBeGreaterThanOrEqual(TOTAL_PAYLOADS)
    // The generator must mostly produce invalid payloads, or it is not testing rejection.
    expect(rejected / sent).toBeGreaterThan(0.8)
    expect(errors, 'handlers that threw unexpectedly').toEqual([])
    expect(prototypeSnapshot()).toEqual(prototypesBefore)
    const probe: Record<string, unknown> = {}
    expect(probe['polluted']).toBeUndefined()
    expect(Object.keys(Object.prototype)).toEqual([])

    expect(fingerprint(main, file)).toEqual(before)
    // And the data still reads back as it was.
    const settings = await main.dispatch('settings:get', undefined)
    expect(settings).toMatchObject({ ok: true, value: { theme: 'dark' } })
    const list = await main.dispatch('log:listRatings', undefined)
    expect(list).toMatchObject({ ok: true, value: { total: 2 } })
    console.log(
      `[fuzz-ipc] ${String(sent)} payloads over ${String(channelNames.length)} channels, ${String(rejected)} rejected by their schema, ${String(sent - rejected)} valid (sent to a scratch database)`,
    )
    mainTables.close()
    scratchTables.close()
    main.close()
    scratch.close()
  }, 240_000)
})
