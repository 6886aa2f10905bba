import fc from 'fast-check'
import { expect } from 'vitest'
import { ok, pick, Step } from './valid-model'

/** Valid check-in requests, each checked against the app's answer and the stored list. */

const DAY = 86_400_000

const pegAnswer = fc
  .record({
    answers: fc.tuple(
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 0, max: 10 }),
    ),
    ago: fc.option(fc.integer({ min: 0, max: 90 * DAY }), { nil: undefined }),
  })
  .map(
    ({ answers, ago }) =>
      new Step(`checkins:answer peg ${JSON.stringify({ answers, ago })}`, async (_model, real) => {
        const takenAt = ago === undefined ? undefined : real.clock.now - ago
        const payload = {
          instrument: 'peg' as const,
          answers: [...answers],
          ...(takenAt === undefined ? {} : { takenAt }),
        }
        const saved = await ok(real, 'checkins:answer', payload)
        // The published scoring: the mean of the three items, to one decimal place.
        const mean = (answers[0] + answers[1] + answers[2]) / 3
        expect(saved.score).toBe(Math.round(mean * 10) / 10)
        expect(saved.takenAt).toBe(takenAt ?? real.clock.now)
        const listed = await ok(real, 'checkins:list')
        expect(listed.find((entry) => entry.id === saved.id)).toEqual(saved)
      }),
  )

const globalAnswer = fc.integer({ min: 1, max: 7 }).map(
  (value) =>
    new Step(`checkins:answer global-change ${String(value)}`, async (_model, real) => {
      const saved = await ok(real, 'checkins:answer', {
        instrument: 'global-change',
        answers: [value],
      })
      expect(saved).toMatchObject({ status: 'answered', score: value })
    }),
)

const skip = fc.constantFrom('peg', 'global-change' as const).map(
  (instrument) =>
    new Step(`checkins:skip ${instrument}`, async (_model, real) => {
      const saved = await ok(real, 'checkins:skip', { instrument })
      expect(saved).toMatchObject({ instrument, status: 'skipped', score: null })
      // Whatever was due, this one is not offered again within its interval.
      expect(await ok(real, 'checkins:due')).not.toContain(instrument)
    }),
)

const remove = fc.nat().map(
  (n) =>
    new Step(`checkins:delete #${String(n)}`, async (_model, real) => {
      const before = await ok(real, 'checkins:list')
      if (before.length === 0) return
      const id = pick(
        before.map((entry) => entry.id),
        n,
      )
      expect(await ok(real, 'checkins:delete', { id })).toBeNull()
      const after = await ok(real, 'checkins:list')
      expect(after.map((entry) => entry.id)).toEqual(
        before.map((entry) => entry.id).filter((other) => other !== id),
      )
    }),
)

const listPeriod = fc
  .record({ from: fc.integer({ min: 0, max: 60 }), span: fc.integer({ min: 0, max: 60 }) })
  .map(
    ({ from, span }) =>
      new Step(`checkins:list ${String(from)}+${String(span)} days ago`, async (_model, real) => {
        const to = real.clock.now - from * DAY
        const start = to - span * DAY
        const listed = await ok(real, 'checkins:list', { from: start, to })
        for (const entry of listed) {
          expect(entry.takenAt).toBeGreaterThanOrEqual(start)
          expect(entry.takenAt).toBeLessThanOrEqual(to)
        }
      }),
  )

const due = fc.constant(
  new Step('checkins:due', async (_model, real) => {
    await ok(real, 'checkins:due')
  }),
)

export const checkinSteps = [pegAnswer, globalAnswer, skip, remove, listPeriod, due]
