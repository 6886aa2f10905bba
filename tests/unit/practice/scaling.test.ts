import { describe, expect, it } from 'vitest'
import {
  practiceScriptSchema,
  type PracticeScript,
} from '../../../electron/shared/practice/script-schema'
import { buildTimerTimeline } from '../../../electron/shared/practice/custom-scripts'
import { cuesBetween, stateAt } from '../../../electron/shared/practice/engine'
import { buildTimeline } from '../../../electron/shared/practice/timeline'
import { builtInScriptFiles } from './built-in-scripts'

function script(id: string): PracticeScript {
  const found = builtInScriptFiles().find((entry) => entry.file === `${id}.json`)
  return practiceScriptSchema.parse(found?.raw)
}

describe('fitting a script to the chosen length', () => {
  const scan = script('hip-pelvis-body-scan')

  it.each([3, 10, 20])('the %i-minute body scan keeps every step and ends on time', (minutes) => {
    const timeline = buildTimeline(scan, { lengthMin: minutes })
    expect(timeline.steps.map((s) => s.id)).toEqual(scan.steps.map((s) => s.id))
    expect(timeline.steps.at(-1)?.endMs).toBe(minutes * 60_000)
    timeline.steps.forEach((step, i) => {
      const minimum = (scan.steps[i]?.seconds ?? 0) * 1000
      expect(step.endMs! - step.startMs, step.id).toBeGreaterThanOrEqual(minimum)
      if (i > 0) expect(step.startMs).toBe(timeline.steps[i - 1]?.endMs)
    })
  })

  it('gives the longer scan longer silences, most where the script weighs them', () => {
    const short = buildTimeline(scan, { lengthMin: 3 })
    const long = buildTimeline(scan, { lengthMin: 20 })
    const length = (t: typeof short, id: string) => {
      const step = t.steps.find((s) => s.id === id)!
      return step.endMs! - step.startMs
    }
    expect(length(long, 'hip-front')).toBeGreaterThan(length(short, 'hip-front') * 5)
    expect(length(long, 'hip-front')).toBeGreaterThan(length(long, 'contact'))
    // The closing words are fixed: they take as long at 20 minutes as at 3.
    expect(length(long, 'close')).toBe(length(short, 'close'))
  })

  it('puts the chosen position’s set-up words on the first step', () => {
    const timeline = buildTimeline(scan, { lengthMin: 10, positionId: 'legs-on-chair' })
    expect(timeline.steps[0]?.detail).toContain('calves resting on the seat of a chair')
  })

  it('ends paced breathing on a whole breath and gives the spare time to the closing step', () => {
    const box = buildTimeline(script('box-breathing'), { lengthMin: 4 })
    const pace = box.steps[1]!
    expect((pace.endMs! - pace.startMs) % 16_000).toBe(0)
    expect(box.steps.at(-1)?.endMs).toBe(240_000)
  })

  it('paces resonance breathing at the chosen rate and ratio', () => {
    const resonance = script('resonance-breathing')
    const timeline = buildTimeline(resonance, { lengthMin: 10, breathsPerMin: 5, exhaleRatio: 2 })
    const pace = timeline.steps.find((s) => s.phases)!
    expect(pace.cycleMs).toBe(12_000)
    expect(pace.phases).toEqual([
      { kind: 'inhale', ms: 4000 },
      { kind: 'exhale', ms: 8000 },
    ])
    // Out-of-range rates are held to the script's limits.
    const fast = buildTimeline(resonance, { lengthMin: 10, breathsPerMin: 30 })
    expect(fast.steps.find((s) => s.phases)?.cycleMs).toBe(Math.round(60_000 / 7))
  })

  it('refuses a length shorter than the steps need, saying how long they need', () => {
    expect(() => buildTimeline(scan, { lengthMin: 2 })).toThrow('it needs 158 s')
  })
})

describe('the open timer', () => {
  const openTimer = script('open-timer')

  it('rings the start bell after the warm-up, interval bells from there, and the end bell', () => {
    const timeline = buildTimerTimeline(openTimer, {
      warmUpS: 15,
      lengthMin: 10,
      intervalMin: 3,
      startBell: true,
      endBell: true,
    })
    expect(timeline.totalMs).toBe(615_000)
    expect(timeline.steps.map((s) => [s.id, s.startMs, s.endMs])).toEqual([
      ['warm-up', 0, 15_000],
      ['sit', 15_000, 615_000],
    ])
    const bells = cuesBetween(timeline, -1, 615_000).filter((c) => c.kind === 'bell')
    expect(bells.map((c) => c.atMs)).toEqual([15_000, 195_000, 375_000, 555_000, 615_000])
  })

  it('runs open-ended with no end and keeps ringing interval bells', () => {
    const timeline = buildTimerTimeline(openTimer, {
      warmUpS: 0,
      lengthMin: null,
      intervalMin: 5,
      startBell: false,
      endBell: true,
    })
    expect(timeline.totalMs).toBeNull()
    const late = stateAt(timeline, 3 * 3_600_000)
    expect(late).toMatchObject({ done: false, totalLeftMs: null, stepLeftMs: null })
    const bells = cuesBetween(timeline, -1, 3_600_000).filter((c) => c.kind === 'bell')
    expect(bells).toHaveLength(12)
    expect(new Set(bells.map((c) => c.bell))).toEqual(new Set(['interval']))
  })
})
