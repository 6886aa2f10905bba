import { join } from 'node:path'
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { SessionsRepository } from '../../../electron/main/practice/sessions-repository'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import type {
  PracticeSession,
  RecordSessionInput,
} from '../../../electron/shared/practice/session-schema'
import { useTempFolder } from '../../support/temp-folder'

const START = Date.parse('2026-11-23T10:00:00Z')
const SESSION_ID = '6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f'
const MINUTE = 60_000

function save(overrides: Partial<RecordSessionInput> = {}): RecordSessionInput {
  return {
    id: SESSION_ID,
    practiceId: 'open-timer',
    practiceTitle: 'Open Timer',
    plannedMs: 5 * MINUTE,
    actualMs: MINUTE,
    status: 'stopped',
    startedAt: START,
    endedAt: START + MINUTE,
    ...overrides,
  }
}

describe('practice sessions only grow in time', () => {
  const tempFolder = useTempFolder()
  let now = START
  let main: MainServices
  beforeEach(() => {
    now = START
    main = createMainServices({
      dataFolder: join(tempFolder(), 'data'),
      appVersion: 'test',
      platform: 'linux',
      now: () => now,
      emit: () => undefined,
      log: { error: () => undefined },
    })
    return () => main.close()
  })
  const record = (overrides: Partial<RecordSessionInput> = {}) =>
    main.dispatch('practice:recordSession', save(overrides))
  function list(): PracticeSession[] {
    return new SessionsRepository(main.database.db, () => now).list(10)
  }

  describe('through the dispatcher', () => {
    it('refuses a checkpoint that moves the start, and measures it against the stored one', async () => {
      now = START + 3 * MINUTE
      expect(await record({ actualMs: 2 * MINUTE, endedAt: now })).toMatchObject({ ok: true })
      // A day "practised" on a 3-minute span, made to look valid by an earlier start.
      const moved = await record({
        startedAt: now - 86_400_000,
        actualMs: 86_400_000,
        endedAt: now,
      })
      expect(moved).toMatchObject({ ok: false, error: { code: 'conflict', field: 'startedAt' } })
      expect(list()).toEqual([
        expect.objectContaining({ startedAt: START, actualMs: 2 * MINUTE, endedAt: now }),
      ])
    })

    it('keeps the longer time and the later end when checkpoints arrive out of order', async () => {
      now = START + 3 * MINUTE
      await record({ actualMs: 2 * MINUTE, endedAt: START + 2 * MINUTE })
      const late = await record({ actualMs: MINUTE, endedAt: START + MINUTE })
      expect(late).toMatchObject({ ok: true, value: { actualMs: 2 * MINUTE } })
      expect(list()).toEqual([
        expect.objectContaining({ actualMs: 2 * MINUTE, endedAt: START + 2 * MINUTE }),
      ])
    })

    it('never shortens a completed session, whatever arrives after it', async () => {
      now = START + 5 * MINUTE
      await record({ actualMs: 5 * MINUTE, status: 'completed', endedAt: now })
      await record({ actualMs: 10_000, status: 'completed', endedAt: now })
      await record({ actualMs: 4 * MINUTE, status: 'stopped', endedAt: now })
      expect(list()).toEqual([
        expect.objectContaining({ status: 'completed', actualMs: 5 * MINUTE, endedAt: now }),
      ])
    })

    it('refuses a change of plan or practice for the same session', async () => {
      now = START + 3 * MINUTE
      await record({ endedAt: now })
      expect(await record({ plannedMs: 10 * MINUTE, endedAt: now })).toMatchObject({
        ok: false,
        error: { code: 'conflict', field: 'plannedMs' },
      })
      expect(await record({ practiceId: 'box-breathing', endedAt: now })).toMatchObject({
        ok: false,
        error: { code: 'conflict', field: 'id' },
      })
      expect(list()).toEqual([
        expect.objectContaining({ practiceId: 'open-timer', plannedMs: 5 * MINUTE }),
      ])
    })
  })

  describe('on the repository', () => {
    const repository = () => new SessionsRepository(main.database.db, () => now)

    it('checks the practised time against the stored start and keeps the stored start', () => {
      now = START + 3 * MINUTE
      repository().record(save({ actualMs: MINUTE, endedAt: now }))
      expect(() =>
        repository().record(
          save({ startedAt: now - 86_400_000, actualMs: 86_400_000, endedAt: now }),
        ),
      ).toThrow(/keeps the start/)
      expect(repository().get(SESSION_ID)).toMatchObject({ startedAt: START, actualMs: MINUTE })
    })

    it('does not lower the time with a late checkpoint, nor undo a completion', () => {
      now = START + 5 * MINUTE
      const repo = repository()
      repo.record(save({ actualMs: 3 * MINUTE, endedAt: START + 3 * MINUTE }))
      expect(repo.record(save({ actualMs: MINUTE })).actualMs).toBe(3 * MINUTE)
      repo.record(save({ actualMs: 5 * MINUTE, status: 'completed', endedAt: now }))
      const late = repo.record(save({ actualMs: 10_000, status: 'completed', endedAt: now }))
      expect(late).toMatchObject({ status: 'completed', actualMs: 5 * MINUTE })
    })
  })

  it('holds its invariants over any sequence of saves (property)', async () => {
    const step = fc.record({
      advanceMs: fc.integer({ min: 0, max: 10 * MINUTE }),
      startShiftMs: fc.oneof(
        fc.constant(0),
        fc.constant(0),
        fc.integer({ min: -86_400_000, max: 10 * MINUTE }),
      ),
      actualMs: fc.integer({ min: 0, max: 86_400_000 }),
      endBackMs: fc.integer({ min: -2 * MINUTE, max: 20 * MINUTE }),
      status: fc.constantFrom('stopped', 'completed'),
      plannedMs: fc.constantFrom(5 * MINUTE, 5 * MINUTE, 20 * MINUTE, null),
      running: fc.option(fc.boolean(), { nil: undefined }),
    })
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        run += 1
        const id = `00000000-0000-4000-8000-${String(run).padStart(12, '0')}`
        now = START + MINUTE
        let before: PracticeSession | null = null
        for (const s of steps) {
          now += s.advanceMs
          const startedAt = START + s.startShiftMs
          const endedAt = Math.max(startedAt, now - s.endBackMs)
          const { actualMs, status, plannedMs, running } = s
          await main.dispatch(
            'practice:recordSession',
            save({ id, actualMs, status, plannedMs, running, startedAt, endedAt }),
          )
          const after = new SessionsRepository(main.database.db, () => now).get(id)
          if (!after) {
            expect(before).toBeNull()
            continue
          }
          // Never more practice than the wall time since the start, by main's clock (with the
          // minute allowed for a renderer clock ahead of main's and the rounding between them).
          expect(after.actualMs).toBeLessThanOrEqual(now - after.startedAt + MINUTE + 2_000)
          expect(after.actualMs).toBeLessThanOrEqual(after.endedAt - after.startedAt + 2_000)
          if (before) {
            expect(after.startedAt).toBe(before.startedAt)
            expect(after.plannedMs).toBe(before.plannedMs)
            expect(after.actualMs).toBeGreaterThanOrEqual(before.actualMs)
            expect(after.endedAt).toBeGreaterThanOrEqual(before.endedAt)
            if (before.status === 'completed') expect(after).toEqual(before)
          }
          before = after
        }
      }),
      { numRuns: 150 },
    )
  })
})
