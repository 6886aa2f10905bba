import { randomUUID } from 'node:crypto'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiFailure } from '../../../electron/main/core/api-failure'
import type { Database } from '../../../electron/main/db/sqlite'
import { inTransaction } from '../../../electron/main/db/sqlite'
import { insightRollupsMigration } from '../../../electron/main/migrations/009-insight-rollups'
import { RatingsRepository } from '../../../electron/main/log/ratings-repository'
import { SessionsRepository } from '../../../electron/main/practice/sessions-repository'
import { HIP_REGIONS, type Rating } from '../../../electron/shared/contract/log'
import { expectedRollups, storedRollups, type RowReader } from '../../support/rollup-oracle'
import { useTempFolder } from '../../support/temp-folder'
import { DAY, HOUR, NOW, openLogTestDb } from './log-test-db'

const SESSION_IDS = Array.from({ length: 6 }, () => randomUUID())
const PRACTICES = ['body-scan', 'box-breathing', 'resonance']

function reader(db: Database): RowReader {
  return { all: (sql) => db.prepare(sql).all() }
}

/** Times over a few days, some close to midnight, a few before 1970 (floor, not truncation). */
const when = fc.oneof(
  fc.integer({ min: NOW - 5 * DAY, max: NOW }),
  fc.integer({ min: NOW - 3 * DAY - HOUR, max: NOW - 3 * DAY + HOUR }),
  fc.integer({ min: -3 * DAY, max: DAY }),
)
const regions = fc.dictionary(fc.constantFrom(...HIP_REGIONS), fc.integer({ min: 0, max: 10 }), {
  maxKeys: 3,
})
const link = fc.option(
  fc.record({
    sessionId: fc.constantFrom(...SESSION_IDS),
    phase: fc.constantFrom('before' as const, 'after' as const),
  }),
)
const value = fc.integer({ min: 0, max: 10 })
const offset = fc.constantFrom(-600, -300, 0, 60, 330, 840)

type Op =
  | { op: 'add'; value: number; takenAt: number; regions: Record<string, number>; link: Linked }
  | { op: 'edit'; n: number; value: number; takenAt: number; regions: Record<string, number> }
  | { op: 'delete'; n: number }
  | { op: 'undo' }
  | { op: 'import'; ratings: ImportRating[]; sessions: ImportSession[]; fail: boolean }
  | { op: 'session'; n: number; practice: number; startedAt: number; title: string }
type Linked = { sessionId: string; phase: 'before' | 'after' } | null
type ImportRating = { value: number; takenAt: number; offset: number; link: Linked }
type ImportSession = { n: number; practice: number; startedAt: number }

const importRating = fc.record({ value, takenAt: when, offset, link })
const importSession = fc.record({
  n: fc.nat({ max: 5 }),
  practice: fc.nat({ max: 2 }),
  startedAt: fc.integer({ min: NOW - 5 * DAY, max: NOW - HOUR }),
})
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), value, takenAt: when, regions, link }),
  fc.record({ op: fc.constant('edit' as const), n: fc.nat(), value, takenAt: when, regions }),
  fc.record({ op: fc.constant('delete' as const), n: fc.nat() }),
  fc.record({ op: fc.constant('undo' as const) }),
  fc.record({
    op: fc.constant('import' as const),
    ratings: fc.array(importRating, { maxLength: 5 }),
    sessions: fc.array(importSession, { maxLength: 3 }),
    fail: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('session' as const),
    n: fc.nat({ max: 5 }),
    practice: fc.nat({ max: 2 }),
    startedAt: fc.integer({ min: NOW - 5 * DAY, max: NOW - HOUR }),
    title: fc.constantFrom('Body scan', 'Body scan (10 min)'),
  }),
)

function session(n: number, practice: number, startedAt: number, title?: string) {
  const practiceId = PRACTICES[practice] ?? 'body-scan'
  return {
    id: SESSION_IDS[n] ?? '',
    practiceId,
    practiceTitle: title ?? practiceId,
    plannedMs: 600_000,
    actualMs: 600_000,
    status: 'completed' as const,
    startedAt,
    endedAt: startedAt + 600_000,
  }
}

describe('Insights rollups', () => {
  const tempFolder = useTempFolder()
  let db: Database | undefined
  afterEach(() => db?.close())

  it('equal a recomputation from the raw rows after any writes, edits, deletes, undo and imports', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        db?.close()
        db = openLogTestDb(tempFolder())
        const open = db
        const ratings = new RatingsRepository(open, () => NOW)
        const sessions = new SessionsRepository(open, () => NOW)
        const deleted: Rating[] = []
        const ids = () => ratings.list(500).ratings.map((r) => r.id)
        for (const step of ops) {
          if (step.op === 'add') {
            ratings.add({
              value: step.value,
              takenAt: step.takenAt,
              regions: step.regions,
              ...step.link,
            })
          } else if (step.op === 'edit' || step.op === 'delete') {
            const list = ids()
            const id = list[step.n % Math.max(1, list.length)]
            if (id === undefined) continue
            if (step.op === 'delete') deleted.push(ratings.remove(id))
            else {
              const old = ratings.get(id)
              ratings.update({
                id,
                value: step.value,
                takenAt: step.takenAt,
                regions: step.regions,
                note: old?.note ?? '',
                tags: old?.tags ?? [],
              })
            }
          } else if (step.op === 'undo') {
            const snapshot = deleted.pop()
            if (snapshot) ratings.restore(snapshot)
          } else if (step.op === 'session') {
            // A new session, or a later save of one already there (a refusal changes nothing).
            try {
              sessions.record(session(step.n, step.practice, step.startedAt, step.title))
            } catch (error) {
              if (!(error instanceof ApiFailure)) throw error
            }
          } else {
            try {
              inTransaction(open, () => {
                sessions.insertMissing(
                  step.sessions.map((s) => session(s.n, s.practice, s.startedAt)),
                )
                ratings.insertMissing(
                  step.ratings.map((r) => ({
                    id: randomUUID(),
                    value: r.value,
                    takenAt: r.takenAt,
                    utcOffsetMin: r.offset,
                    regions: { 'left-groin': r.value },
                    note: '',
                    tags: [],
                    sessionId: r.link?.sessionId ?? null,
                    phase: r.link?.phase ?? null,
                  })),
                )
                if (step.fail) throw new Error('import cancelled')
              })
            } catch (error) {
              if (!(error instanceof Error) || error.message !== 'import cancelled') throw error
            }
          }
          expect(storedRollups(reader(open))).toEqual(expectedRollups(reader(open)))
        }
      }),
      { numRuns: 60, seed: 20_261_130 },
    )
  }, 60_000)

  it('are filled by the migration from the rows already there', () => {
    db = openLogTestDb(tempFolder())
    const ratings = new RatingsRepository(db, () => NOW)
    const sessions = new SessionsRepository(db, () => NOW)
    const id = SESSION_IDS[0] ?? ''
    sessions.record(session(0, 0, NOW - 2 * HOUR))
    ratings.add({ value: 7, takenAt: NOW - 2 * HOUR, sessionId: id, phase: 'before' })
    ratings.add({
      value: 3,
      takenAt: NOW - HOUR,
      sessionId: id,
      phase: 'after',
      regions: { sacrum: 4 },
    })
    ratings.add({ value: 5, takenAt: -DAY / 2 })
    const before = storedRollups(reader(db))
    // As schema 8 left it: no rollups, no triggers; then migration 009 again.
    const triggers = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'rollup_%'")
      .all() as { name: string }[]
    for (const { name } of triggers) db.exec(`DROP TRIGGER ${name}`)
    db.exec(
      'DROP TABLE rollup_rating_days; DROP TABLE rollup_region_days; DROP TABLE rollup_practice_days',
    )
    insightRollupsMigration.up(db)
    expect(storedRollups(reader(db))).toEqual(before)
    expect(before.rollup_practice_days).toHaveLength(1)
    expect(before).toEqual(expectedRollups(reader(db)))
  })
})

describe('Insights rollups of an upgraded file', () => {
  const tempFolder = useTempFolder('loosen-rollup-upgrade-')
  const fixtures = join(__dirname, '../../fixtures/db')

  it.each([1, 2, 3, 4, 5])(
    'are backfilled from every rating and session of a schema %i file',
    (version) => {
      const folder = tempFolder()
      copyFileSync(join(fixtures, `loosen-v${String(version)}.db`), join(folder, 'loosen.db'))
      const db = openLogTestDb(folder)
      try {
        const stored = storedRollups(reader(db))
        expect(stored).toEqual(expectedRollups(reader(db)))
        const ratings = (db.prepare('SELECT count(*) AS n FROM ratings').get() as { n: number }).n
        const counted = stored.rollup_rating_days.reduce(
          (n, row) => n + (JSON.parse(row) as [string, number][]).find(([k]) => k === 'count')![1],
          0,
        )
        expect(counted).toBe(ratings)
      } finally {
        db.close()
      }
    },
  )
})
