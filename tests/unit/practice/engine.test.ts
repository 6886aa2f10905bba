import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cuesBetween, stateAt, type Cue } from '../../../electron/shared/practice/engine'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import { buildTimeline } from '../../../electron/shared/practice/timeline'

/** A 45-minute script with odd-sized steps, paced and unpaced, and interval bells. */
const long = practiceScriptSchema.parse({
  schemaVersion: 1,
  id: 'long-test',
  title: 'Long test',
  category: 'breathing',
  summary: 'A test script.',
  lengthsMin: [45],
  defaultLengthMin: 45,
  breath: { inhale: 4.3, holdIn: 1.1, exhale: 6.7, holdOut: 0.9 },
  intervalBellMin: 7,
  steps: [
    { id: 'a', text: 'A', seconds: 13.337, bell: true },
    { id: 'b', text: 'B', seconds: 600, paced: true },
    { id: 'c', text: 'C', seconds: 17, stretch: 1 },
    { id: 'd', text: 'D', seconds: 1000.5, paced: true },
    { id: 'e', text: 'E', seconds: 9, bell: true },
  ],
})
const timeline = buildTimeline(long, { lengthMin: 45 })
const TOTAL = 45 * 60_000

describe('the practice engine', () => {
  it('changes step exactly at each boundary, to the millisecond, across 45 minutes', () => {
    expect(timeline.totalMs).toBe(TOTAL)
    for (const step of timeline.steps) {
      if (step.index > 0) expect(stateAt(timeline, step.startMs - 1).stepIndex).toBe(step.index - 1)
      expect(stateAt(timeline, step.startMs).stepIndex).toBe(step.index)
      expect(stateAt(timeline, step.startMs).stepElapsedMs).toBe(0)
    }
    expect(stateAt(timeline, TOTAL - 1)).toMatchObject({
      done: false,
      totalLeftMs: 1,
      stepIndex: 4,
    })
    expect(stateAt(timeline, TOTAL)).toMatchObject({ done: true, totalLeftMs: 0 })
    expect(stateAt(timeline, TOTAL + 60_000)).toMatchObject({ done: true, elapsedMs: TOTAL })
  })

  it('changes breath phase exactly on time, with progress from 0 towards 1', () => {
    const paced = timeline.steps[1]!
    expect(paced.cycleMs).toBe(13_000)
    const at = (ms: number) => stateAt(timeline, paced.startMs + ms).breath
    expect(at(0)).toMatchObject({ kind: 'inhale', progress: 0, cycle: 0, phaseLeftMs: 4300 })
    expect(at(4299)?.kind).toBe('inhale')
    expect(at(4299)?.progress).toBeCloseTo(4299 / 4300, 6)
    expect(at(4300)).toMatchObject({ kind: 'hold-in', progress: 0 })
    expect(at(5400)).toMatchObject({ kind: 'exhale', progress: 0 })
    expect(at(12_100)).toMatchObject({ kind: 'hold-out', progress: 0 })
    expect(at(13_000)).toMatchObject({ kind: 'inhale', cycle: 1 })
    // Deep into the session the phases are still exact: no drift accumulates.
    expect(at(13_000 * 40 + 5400)).toMatchObject({ kind: 'exhale', cycle: 40, progress: 0 })
    expect(stateAt(timeline, timeline.steps[2]!.startMs).breath).toBeNull()
  })

  it('lists every cue once, whatever the slices the time is asked in', () => {
    const all = cuesBetween(timeline, -1, TOTAL)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: TOTAL - 1 }), { maxLength: 60 }), (cuts) => {
        const points = [-1, ...[...new Set(cuts)].sort((a, b) => a - b), TOTAL]
        const sliced: Cue[] = []
        for (let i = 1; i < points.length; i++) {
          sliced.push(...cuesBetween(timeline, points[i - 1]!, points[i]!))
        }
        expect(sliced).toEqual(all)
      }),
      { numRuns: 60 },
    )
  })

  it('rings start, step, interval and end bells at their exact times', () => {
    const bells = cuesBetween(timeline, -1, TOTAL).filter((cue) => cue.kind === 'bell')
    expect(bells).toEqual([
      { atMs: 0, kind: 'bell', bell: 'start' },
      { atMs: 0, kind: 'bell', bell: 'step' },
      ...[1, 2, 3, 4, 5, 6].map((k) => ({ atMs: k * 420_000, kind: 'bell', bell: 'interval' })),
      { atMs: timeline.steps[4]!.startMs, kind: 'bell', bell: 'step' },
      { atMs: TOTAL, kind: 'bell', bell: 'end' },
    ])
  })

  it('puts a breath cue at the start of every phase of a paced step and none elsewhere', () => {
    const paced = timeline.steps[1]!
    const breaths = cuesBetween(timeline, paced.startMs - 1, paced.endMs! - 1).filter(
      (cue) => cue.kind === 'breath',
    )
    const offsets = [0, 4300, 5400, 12_100]
    const length = paced.endMs! - paced.startMs
    const cycles = Math.floor(length / paced.cycleMs)
    // A fixed-length step may end part-way through a breath: only the phases begun count.
    const begun = offsets.filter((offset) => offset < length % paced.cycleMs).length
    expect(breaths).toHaveLength(cycles * 4 + begun)
    expect(breaths.slice(0, 4).map((c) => c.atMs - paced.startMs)).toEqual(offsets)
    const unpaced = timeline.steps[2]!
    expect(
      cuesBetween(timeline, unpaced.startMs, unpaced.endMs! - 1).some((c) => c.kind === 'breath'),
    ).toBe(false)
  })

  it('treats the window as (from, to]: a cue at "from" is not repeated', () => {
    const start = timeline.steps[2]!.startMs
    expect(cuesBetween(timeline, start - 1, start).map((c) => c.kind)).toContain('step')
    expect(cuesBetween(timeline, start, start + 1)).toEqual([])
    expect(cuesBetween(timeline, 10, 10)).toEqual([])
  })
})
