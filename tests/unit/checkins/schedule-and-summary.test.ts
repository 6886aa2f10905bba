import { describe, expect, it } from 'vitest'
import { dueInstruments } from '../../../electron/shared/checkins/schedule'
import type { Checkin } from '../../../electron/shared/checkins/schema'
import {
  pegChangeSentence,
  summarizeGlobalChange,
  summarizePeg,
} from '../../../electron/shared/checkins/summary'

const DAY = 24 * 60 * 60 * 1000
const T0 = Date.parse('2026-03-02T09:00:00Z')

const peg = (day: number, answers: number[], score: number): Checkin => ({
  id: `p${String(day)}`,
  instrument: 'peg',
  status: 'answered',
  takenAt: T0 + day * DAY,
  utcOffsetMin: 0,
  answers,
  score,
})

describe('which check-ins are offered', () => {
  it('offers the PEG first, and the global impression only after a month of check-ins', () => {
    expect(dueInstruments([], T0)).toEqual(['peg'])
    const history = [{ instrument: 'peg' as const, status: 'answered' as const, takenAt: T0 }]
    expect(dueInstruments(history, T0 + 6 * DAY)).toEqual([])
    expect(dueInstruments(history, T0 + 7 * DAY)).toEqual(['peg'])
    expect(dueInstruments(history, T0 + 30 * DAY)).toEqual(['peg', 'global-change'])
  })

  it('a skip waits a whole interval, like an answer', () => {
    const history = [{ instrument: 'peg' as const, status: 'skipped' as const, takenAt: T0 }]
    expect(dueInstruments(history, T0 + 3 * DAY)).toEqual([])
    expect(dueInstruments(history, T0 + 7 * DAY)).toEqual(['peg'])
  })
})

describe('summaries', () => {
  it('compares the latest PEG with the first and flags a ≥30% drop', () => {
    const summary = summarizePeg([
      peg(14, [4, 3, 3], 3.3),
      peg(0, [7, 6, 5], 6),
      peg(7, [6, 5, 5], 5.3),
    ])
    expect(summary.baseline?.score).toBe(6)
    expect(summary.latest?.score).toBe(3.3)
    expect(summary.reductionPct).toBe(45)
    expect(summary.change).toBe('moderate')
    expect(pegChangeSentence(summary)).toContain('at least 30% lower')
  })

  it('one PEG has nothing to compare with; skips are not scores', () => {
    const skipped: Checkin = { ...peg(1, [], 0), status: 'skipped', score: null }
    const summary = summarizePeg([peg(0, [5, 5, 5], 5), skipped])
    expect(summary.count).toBe(1)
    expect(summary.change).toBe('no-baseline')
    expect(pegChangeSentence(summary)).toBeNull()
  })

  it('reads the latest global impression with its label', () => {
    const gic: Checkin = { ...peg(30, [2], 2), instrument: 'global-change', id: 'g' }
    expect(summarizeGlobalChange([gic]).latest).toMatchObject({
      label: 'Much improved',
      meaningful: true,
    })
  })
})
