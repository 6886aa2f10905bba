import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/main/db/open-database'
import { migrations } from '../../../electron/main/migrations'
import { useTempFolder } from '../../support/temp-folder'
import { seededRandom } from './seeded-random'

const WRITER = resolve(__dirname, '../../support/crash-writer.ts')
const REPO_ROOT = resolve(__dirname, '../../..')
const TARGET_ACKNOWLEDGED = 10_000

interface Cycle {
  acknowledged: Map<string, number>
  killed: boolean
}

/**
 * Runs one writer and kills it with SIGKILL once it has acknowledged `killAfter` writes
 * (-1: while it is still opening the file, 0: as its first write begins). Every id line read
 * counts, including lines already on their way when the kill landed: each was printed after
 * its commit returned.
 */
function runCycle(file: string, count: number, first: number, killAfter: number): Promise<Cycle> {
  return new Promise((done, failed) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, file, String(count), String(first)],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const acknowledged = new Map<string, number>()
    let stderr = ''
    let killed = false
    const kill = () => {
      if (!killed) {
        killed = true
        child.kill('SIGKILL')
      }
    }
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'opening') {
        if (killAfter < 0) kill()
        return
      }
      if (line === 'ready') {
        if (killAfter === 0) kill()
        return
      }
      if (line === 'done') return
      const [id, sequence] = line.split(' ')
      if (!id || sequence === undefined) return
      acknowledged.set(id, Number(sequence))
      if (acknowledged.size >= killAfter) kill()
    })
    child.on('error', failed)
    child.on('close', (code, signal) => {
      if (killed && signal === 'SIGKILL') done({ acknowledged, killed })
      else if (code === 0) done({ acknowledged, killed: false })
      else
        failed(new Error(`The writer failed (code ${String(code)}, ${String(signal)}):\n${stderr}`))
    })
  })
}

describe('crash safety under kill -9', () => {
  const tempFolder = useTempFolder('loosen-crash-')

  it('keeps every acknowledged self-rating through many SIGKILLs, and opens cleanly afterwards', async () => {
    const file = join(tempFolder(), 'loosen.db')
    const random = seededRandom(0x10053)
    const acknowledged = new Map<string, number>()
    let cycles = 0
    let kills = 0
    let sequence = 0
    while (acknowledged.size < TARGET_ACKNOWLEDGED) {
      // Mostly mid-write kills after a random number of writes; now and then one while the
      // file is being opened (WAL recovery, migrations) or right as the first write starts.
      const roll = random()
      const killAfter = roll < 0.1 ? -1 : roll < 0.2 ? 0 : 1 + Math.floor(random() * 400)
      const cycle = await runCycle(file, TARGET_ACKNOWLEDGED, sequence, killAfter)
      cycles++
      if (cycle.killed) kills++
      for (const [id, seq] of cycle.acknowledged) acknowledged.set(id, seq)
      // Sequence numbers stay unique across cycles, even for writes that were never acknowledged.
      sequence += TARGET_ACKNOWLEDGED
    }
    expect(kills).toBeGreaterThanOrEqual(30)

    const opened = openDatabase(file, migrations)
    const { db } = opened
    try {
      // Opened as Loosen's own healthy file: nothing moved aside.
      expect(opened.recovery).toBeNull()
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([])

      const rows = new Map(
        (
          db.prepare('SELECT id, value, note FROM ratings').all() as {
            id: string
            value: number
            note: string
          }[]
        ).map((row) => [row.id, row]),
      )
      const missing = [...acknowledged.keys()].filter((id) => !rows.has(id))
      expect(missing, 'acknowledged writes that were lost').toEqual([])
      for (const [id, seq] of acknowledged) {
        const row = rows.get(id)
        expect(row, id).toEqual({ id, value: seq % 11, note: `write ${seq}` })
      }
      // At most one write per kill can have committed without its acknowledgement arriving.
      expect(rows.size - acknowledged.size).toBeLessThanOrEqual(kills)
      // A rating's body-map region was written in the same transaction as the rating.
      const withoutRegion = db
        .prepare(
          `SELECT count(*) AS n FROM ratings r WHERE CAST(substr(r.note, 7) AS INTEGER) % 2 = 0
             AND NOT EXISTS (SELECT 1 FROM rating_regions g WHERE g.rating_id = r.id)`,
        )
        .get() as { n: number }
      expect(withoutRegion.n).toBe(0)
      console.log(
        `[crash-safety] ${String(acknowledged.size)} acknowledged writes, ${String(cycles)} runs, ${String(kills)} SIGKILLs, ${String(rows.size)} rows found`,
      )
    } finally {
      db.close()
    }
  }, 180_000)
})
