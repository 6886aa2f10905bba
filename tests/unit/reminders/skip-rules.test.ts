import { describe, expect, it } from 'vitest'
import { HOUR, MIN, Sim } from './sim'

const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z')

describe('strict mode', () => {
  it('refuses to skip, says why, and records nothing', () => {
    const sim = new Sim(MONDAY_9, undefined, { remindersStrict: true })
    sim.run(45 * MIN)
    sim.apply({ type: 'skip' })
    expect(sim.lastRefusal).toMatch(/Strict mode is on/)
    expect(sim.breaks()).toEqual([])
    expect(sim.state.phase).toBe('due')
  })

  it('allows one snooze in a row, whatever the snooze limit', () => {
    const sim = new Sim(MONDAY_9, undefined, { remindersStrict: true, remindersSnoozeLimit: 5 })
    sim.run(45 * MIN)
    sim.apply({ type: 'snooze' })
    expect(sim.lastRefusal).toBeNull()
    sim.run(5 * MIN)
    sim.apply({ type: 'snooze' })
    expect(sim.lastRefusal).toMatch(/already snoozed once/)
  })

  it('with snoozing off stays off', () => {
    const sim = new Sim(MONDAY_9, undefined, { remindersStrict: true, remindersSnoozeLimit: 0 })
    sim.run(45 * MIN)
    sim.apply({ type: 'snooze' })
    expect(sim.lastRefusal).toMatch(/Snoozing is turned off/)
  })
})

describe('a daily skip limit', () => {
  it('allows the set number of skips a day, then refuses, and starts again the next day', () => {
    const sim = new Sim(MONDAY_9, undefined, { remindersSkipsPerDay: 2 })
    for (let i = 0; i < 2; i++) {
      sim.run(45 * MIN)
      sim.apply({ type: 'skip' })
      expect(sim.lastRefusal).toBeNull()
    }
    sim.run(45 * MIN)
    sim.apply({ type: 'skip' })
    expect(sim.lastRefusal).toBe(
      'You have used all 2 skips for today. Take this break, or snooze it.',
    )
    expect(sim.breaks('skipped')).toHaveLength(2)
    sim.run(24 * HOUR)
    sim.apply({ type: 'skip' })
    expect(sim.lastRefusal).toBeNull()
    expect(sim.breaks('skipped')).toHaveLength(3)
  })

  it('one skip a day is named as such', () => {
    const sim = new Sim(MONDAY_9, undefined, { remindersSkipsPerDay: 1 })
    sim.run(45 * MIN)
    sim.apply({ type: 'skip' })
    sim.run(45 * MIN)
    sim.apply({ type: 'skip' })
    expect(sim.lastRefusal).toBe(
      'You have used your one skip for today. Take this break, or snooze it.',
    )
  })

  it('the day is the local day of the time zone', () => {
    // 23:30 in Auckland is 10:30 UTC; the limit starts again at local midnight, 11:00 UTC.
    const start = Date.parse('2026-03-02T09:45:00Z')
    const sim = new Sim(start, undefined, { remindersSkipsPerDay: 1 }, 'Pacific/Auckland')
    sim.run(45 * MIN)
    sim.apply({ type: 'skip' })
    expect(sim.lastRefusal).toBeNull()
    sim.run(45 * MIN)
    sim.apply({ type: 'skip' })
    expect(sim.lastRefusal).toBeNull()
  })

  it('is off by default', () => {
    const sim = new Sim(MONDAY_9)
    for (let i = 0; i < 8; i++) {
      sim.run(45 * MIN)
      sim.apply({ type: 'skip' })
      expect(sim.lastRefusal).toBeNull()
    }
  })
})
