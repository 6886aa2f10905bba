import fc from 'fast-check'
import { expect } from 'vitest'
import { call, ok, Step } from './valid-model'

/** The clinician report: its figures only read; saving a PDF needs the desktop (refused here). */

const DAY = 86_400_000

const reportData = fc
  .record({ endsAgo: fc.integer({ min: 0, max: 30 }), days: fc.integer({ min: 1, max: 400 }) })
  .map(
    ({ endsAgo, days }) =>
      new Step(`report:data ${String(days)} days`, async (_model, real) => {
        const to = real.clock.now - endsAgo * DAY
        const data = await ok(real, 'report:data', { from: to - days * DAY, to })
        expect(data.weeks).toHaveLength(Math.ceil(days / 7))
        expect(data.ratingCount).toBe(data.days.reduce((sum, d) => sum + d.count, 0))
        // The factor comparison of the same period rides on this step, so the generated
        // sequences of the other steps stay as they were.
        const effects = await ok(real, 'report:factors', { from: to - days * DAY, to })
        for (const effect of effects) {
          expect(effect.withDays).toBeGreaterThanOrEqual(7)
          expect(effect.withoutDays).toBeGreaterThanOrEqual(7)
          expect(effect.low).toBeLessThanOrEqual(effect.high)
        }
      }),
  )

const savePdf = fc.string({ maxLength: 80 }).map(
  (name) =>
    new Step(`report:savePdf ${JSON.stringify(name)}`, async (_model, real) => {
      const answer = await call(real, 'report:savePdf', {
        from: real.clock.now - 90 * DAY,
        to: real.clock.now,
        name,
      })
      expect(answer.ok).toBe(false)
      if (!answer.ok) expect(answer.error.code).toBe('conflict')
    }),
)

export const reportSteps = [reportData, savePdf]
