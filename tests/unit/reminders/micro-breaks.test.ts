import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { reminderSettings } from '../../../electron/shared/settings/reminders'
import { FakeUser, HOUR, MIN, Sim } from './sim'

const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z')
const minutes = (sim: Sim, kind: 'micro' | 'due') =>
  sim.effects
    .filter((e) => e.type === 'notify' && e.kind === kind)
    .map((e) => (e.at - MONDAY_9) / MIN)

describe('micro-breaks beside the regular break', () => {
  it('come every 15 minutes of sitting, interleaved with the 45-minute break', () => {
    const user = new FakeUser().away(MONDAY_9 + 46 * MIN, MONDAY_9 + 52 * MIN)
    const sim = new Sim(MONDAY_9, user, { remindersMicroEveryMin: 15 })
    sim.runUntil(MONDAY_9 + 2 * HOUR)
    // 45 is the regular break; after being away from 46 to 52 the count starts again at 52,
    // and the next break is due at 97 (repeated at 112, with no micro-break beside it).
    expect(minutes(sim, 'micro')).toEqual([15, 30, 67, 82])
    expect(minutes(sim, 'due')).toEqual([45, 97, 112])
  })

  it('none close to the regular break', () => {
    const sim = new Sim(MONDAY_9, undefined, { remindersMicroEveryMin: 20 })
    sim.runUntil(MONDAY_9 + 45 * MIN)
    // At 40 the break is 5 minutes away, under half a micro-interval: left out.
    expect(minutes(sim, 'micro')).toEqual([20])
  })

  it('are off by default', () => {
    expect(defaultSettings.remindersMicroEveryMin).toBe(0)
    const sim = new Sim(MONDAY_9)
    sim.runUntil(MONDAY_9 + 44 * MIN)
    expect(minutes(sim, 'micro')).toEqual([])
  })

  it('wait during a quiet time and are not made up for, one at most when it ends', () => {
    const sim = new Sim(MONDAY_9, undefined, {
      remindersMicroEveryMin: 10,
      remindersIntervalMin: 120,
    })
    sim.runUntil(MONDAY_9 + 5 * MIN)
    sim.quiet('call')
    sim.runUntil(MONDAY_9 + 65 * MIN)
    expect(minutes(sim, 'micro')).toEqual([])
    sim.quiet(null)
    expect(minutes(sim, 'micro')).toEqual([65])
    sim.runUntil(MONDAY_9 + 80 * MIN)
    expect(minutes(sim, 'micro')).toEqual([65, 75])
  })

  it('a changed interval applies from now on', () => {
    const sim = new Sim(MONDAY_9, undefined, { remindersMicroEveryMin: 30 })
    sim.runUntil(MONDAY_9 + 5 * MIN)
    sim.reconfigure({ remindersMicroEveryMin: 10 })
    sim.runUntil(MONDAY_9 + 40 * MIN)
    expect(minutes(sim, 'micro')).toEqual([15, 25, 35])
    sim.reconfigure({ remindersMicroEveryMin: 0 })
    sim.runUntil(MONDAY_9 + 44 * MIN)
    expect(minutes(sim, 'micro')).toEqual([15, 25, 35])
  })

  it('none right after a snooze: they count from the snooze', () => {
    const sim = new Sim(MONDAY_9, undefined, {
      remindersMicroEveryMin: 10,
      remindersSnoozeMin: 10,
    })
    sim.runUntil(MONDAY_9 + 46 * MIN)
    sim.apply({ type: 'snooze' })
    expect(minutes(sim, 'micro')).toEqual([10, 20, 30, 40])
    sim.runUntil(MONDAY_9 + 57 * MIN)
    // The next one would come with the snoozed break at 56: left out.
    expect(minutes(sim, 'micro')).toEqual([10, 20, 30, 40])
    expect(minutes(sim, 'due')).toEqual([45, 56])
  })

  it('refuses an interval under 10 minutes other than 0', () => {
    const shape = reminderSettings.shape.remindersMicroEveryMin
    expect(shape.safeParse(0).success).toBe(true)
    expect(shape.safeParse(10).success).toBe(true)
    expect(shape.safeParse(5).success).toBe(false)
    expect(shape.safeParse(61).success).toBe(false)
  })
})
