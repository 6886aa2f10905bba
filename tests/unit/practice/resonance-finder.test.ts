import { describe, expect, it } from 'vitest'
import { buildTimeline, resonancePattern } from '../../../electron/shared/practice/timeline'
import {
  chooseRate,
  FINDER_EXHALE_RATIO,
  FINDER_RATES,
  FINDER_STEP_MIN,
} from '../../../electron/shared/practice/resonance-finder'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import { builtInScriptFiles } from './built-in-scripts'

describe('the resonance-rate finder', () => {
  it('steps from 6.5 down to 4.5 breaths a minute, two minutes each, with a longer out-breath', () => {
    expect(FINDER_RATES).toEqual([6.5, 6, 5.5, 5, 4.5])
    const script = practiceScriptSchema.parse(
      builtInScriptFiles().find((f) => f.file === 'resonance-breathing.json')?.raw,
    )
    for (const rate of FINDER_RATES) {
      const timeline = buildTimeline(script, {
        lengthMin: FINDER_STEP_MIN,
        breathsPerMin: rate,
        exhaleRatio: FINDER_EXHALE_RATIO,
      })
      expect(timeline.totalMs).toBe(120_000)
      const paced = timeline.steps.find((s) => s.phases)
      // One breath lasts 60 / rate seconds, the out-breath 1.5 times the in-breath.
      expect(paced?.cycleMs).toBe(Math.round(60_000 / rate))
      const { inhale, exhale } = resonancePattern(rate, FINDER_EXHALE_RATIO)
      expect(exhale / inhale).toBeCloseTo(1.5)
    }
  })

  it('chooses the rate with the most ease and calm; a tie goes to the easier, then to the one nearer 6', () => {
    expect(chooseRate([])).toBeNull()
    expect(
      chooseRate([
        { rate: 6.5, ease: 6, calm: 5 },
        { rate: 5.5, ease: 8, calm: 8 },
        { rate: 4.5, ease: 4, calm: 9 },
      ]),
    ).toBe(5.5)
    expect(
      chooseRate([
        { rate: 6, ease: 5, calm: 9 },
        { rate: 5, ease: 8, calm: 6 },
      ]),
    ).toBe(5)
    expect(
      chooseRate([
        { rate: 4.5, ease: 7, calm: 7 },
        { rate: 5, ease: 7, calm: 7 },
        { rate: 5.5, ease: 7, calm: 7 },
      ]),
    ).toBe(5.5)
  })
})
