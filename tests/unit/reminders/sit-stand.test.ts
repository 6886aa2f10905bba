import { describe, expect, it } from 'vitest'
import { reminderSettings } from '../../../electron/shared/settings/reminders'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { FakeUser, HOUR, MIN, Sim } from './sim'

const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z')

/** Posture prompts and due reminders, as "kind@minute" from 09:00. */
const prompts = (sim: Sim, kinds = ['stand', 'sit', 'due']) =>
  sim
    .notifications()
    .filter((e) => kinds.includes(e.kind))
    .map((e) => `${e.kind}@${String((e.at - MONDAY_9) / MIN)}`)

describe('sit/stand mode for standing desks', () => {
  it('is off by default', () => {
    expect(defaultSettings.remindersSitStandMin).toBe(0)
    const sim = new Sim(MONDAY_9)
    sim.runUntil(MONDAY_9 + 2 * HOUR)
    expect(prompts(sim, ['stand', 'sit'])).toEqual([])
    expect(sim.state.posture).toBeNull()
  })

  it('alternates stand and sit on its own interval, with breaks interleaved; time away does not count', () => {
    // Away from 46 to 52 (a natural break after the 45-minute reminder). At 40 the next change
    // was 20 minutes off; the poll saw the absence at 49, with 11 minutes left, so after coming
    // back at 52 the change comes at 63, not at 60 while the person was still walking.
    const user = new FakeUser().away(MONDAY_9 + 46 * MIN, MONDAY_9 + 52 * MIN)
    const sim = new Sim(MONDAY_9, user, { remindersSitStandMin: 20 })
    sim.runUntil(MONDAY_9 + 100 * MIN)
    expect(prompts(sim)).toEqual(['stand@20', 'sit@40', 'due@45', 'stand@63', 'sit@83', 'due@97'])
    expect(sim.state.posture?.standing).toBe(false)
  })

  it('a change close to the break waits for it, then comes once on return', () => {
    const user = new FakeUser().away(MONDAY_9 + 46 * MIN, MONDAY_9 + 52 * MIN)
    const sim = new Sim(MONDAY_9, user, { remindersSitStandMin: 42 })
    sim.runUntil(MONDAY_9 + 60 * MIN)
    // 42 is 3 minutes before the break: held. The break itself gets them up; back at 52 the
    // change that was due is prompted, once.
    expect(prompts(sim)).toEqual(['due@45', 'stand@52'])
  })

  it('waits during a quiet time and is not stacked: one prompt when it ends', () => {
    const sim = new Sim(MONDAY_9, undefined, {
      remindersSitStandMin: 15,
      remindersIntervalMin: 120,
    })
    sim.runUntil(MONDAY_9 + 10 * MIN)
    sim.quiet('call')
    sim.runUntil(MONDAY_9 + 50 * MIN)
    expect(prompts(sim)).toEqual([])
    sim.quiet(null)
    sim.runUntil(MONDAY_9 + 66 * MIN)
    expect(prompts(sim)).toEqual(['stand@50', 'sit@65'])
  })

  it('a micro-break and a posture change never come in the same moment', () => {
    const sim = new Sim(MONDAY_9, undefined, {
      remindersSitStandMin: 20,
      remindersMicroEveryMin: 20,
      remindersIntervalMin: 120,
    })
    sim.runUntil(MONDAY_9 + 25 * MIN)
    const at20 = sim.notifications().filter((e) => e.at === MONDAY_9 + 20 * MIN)
    expect(at20.map((e) => e.kind)).toEqual(['micro'])
    expect(prompts(sim, ['stand', 'sit'])).toEqual(['stand@21'])
  })

  it('turned off stops at once; a changed interval applies from now on', () => {
    const sim = new Sim(MONDAY_9, undefined, { remindersSitStandMin: 60 })
    sim.runUntil(MONDAY_9 + 5 * MIN)
    sim.reconfigure({ remindersSitStandMin: 20 })
    sim.runUntil(MONDAY_9 + 30 * MIN)
    expect(prompts(sim, ['stand', 'sit'])).toEqual(['stand@25'])
    sim.reconfigure({ remindersSitStandMin: 0 })
    sim.runUntil(MONDAY_9 + 44 * MIN)
    expect(prompts(sim, ['stand', 'sit'])).toEqual(['stand@25'])
    expect(sim.state.posture).toBeNull()
  })

  it('back after 3 hours away (a long lunch, the next morning): seated, with a full interval', () => {
    const user = new FakeUser()
      .away(MONDAY_9 + 25 * MIN, MONDAY_9 + 4 * HOUR)
      .away(MONDAY_9 + 4 * HOUR + 30 * MIN, MONDAY_9 + 5 * HOUR)
    const sim = new Sim(MONDAY_9, user, { remindersSitStandMin: 20, remindersIntervalMin: 120 })
    sim.runUntil(MONDAY_9 + 4 * HOUR + 45 * MIN)
    // Standing since 20; away from 25 to 4 h: back seated, the next change 20 minutes later.
    expect(prompts(sim)).toEqual(['stand@20', 'stand@260'])
    // Away again from 4 h 30 for half an hour, seen at 4 h 33 with 7 minutes left: the clock
    // only waits, and the change comes 7 minutes after coming back, at 5 h 07.
    sim.runUntil(MONDAY_9 + 5 * HOUR + 30 * MIN)
    expect(prompts(sim)).toEqual(['stand@20', 'stand@260', 'sit@307', 'stand@327'])
  })

  it('refuses an interval under 15 minutes other than 0', () => {
    const shape = reminderSettings.shape.remindersSitStandMin
    expect(shape.safeParse(0).success).toBe(true)
    expect(shape.safeParse(15).success).toBe(true)
    expect(shape.safeParse(120).success).toBe(true)
    expect(shape.safeParse(10).success).toBe(false)
    expect(shape.safeParse(121).success).toBe(false)
  })
})
