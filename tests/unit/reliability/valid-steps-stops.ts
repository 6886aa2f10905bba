import fc from 'fast-check'
import { expect } from 'vitest'
import { HIP_REGIONS } from '../../../electron/shared/contract/log'
import { call, ok, pick, Step } from './valid-model'

/**
 * Valid stop reasons (pain or discomfort when a session was stopped): for a saved session it is
 * stored as sent; with no session saved yet it is refused as not found and changes nothing.
 */
export const stopSteps = [
  fc
    .record({
      n: fc.nat(),
      reason: fc.constantFrom('pain', 'discomfort' as const),
      regions: fc.subarray([...HIP_REGIONS]),
      note: fc.option(
        fc.string({ maxLength: 40 }).map((s) => s.trim()),
        { nil: undefined },
      ),
      stepIndex: fc.integer({ min: 0, max: 20 }),
      movement: fc.boolean(),
    })
    .map(
      (s) =>
        new Step(`practice:recordStopReason ${JSON.stringify(s)}`, async (model, real) => {
          const payload = {
            sessionId: '00000000-0000-4000-8000-000000000000',
            reason: s.reason,
            regions: s.regions,
            ...(s.note === undefined ? {} : { note: s.note }),
            stepIndex: s.stepIndex,
            stepText: 'Knee rocks',
            movement: s.movement,
          }
          if (model.sessions.size === 0) {
            const refused = await call(real, 'practice:recordStopReason', payload)
            expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } })
            return
          }
          const sessionId = pick(model.sessions.keys(), s.n)
          const saved = await ok(real, 'practice:recordStopReason', { ...payload, sessionId })
          expect(saved).toEqual({
            ...payload,
            sessionId,
            note: s.note ?? '',
            recordedAt: real.clock.now,
          })
        }),
    ),
]
