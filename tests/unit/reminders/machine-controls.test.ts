import { describe, expect, it } from 'vitest'
import { nextMorning, type WeekHours } from '../../../electron/shared/reminders/working-hours'
import { FakeUser, HOUR, MIN, Sim } from './sim'

const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z')

describe('snooze, skip and take a break', () => {
  it('snoozes at most the configured number of times in a row', () => {
    const sim = new Sim(MONDAY_9, undefined, { remindersSnoozeLimit: 2, remindersSnoozeMin: 10 })
    sim.run(45 * MIN)
    sim.apply({ type: 'snooze' })
    expect(sim.lastRefusal).toBeNull()
    expect(sim.state.dueAt).toBe(MONDAY_9 + 55 * MIN)
    sim.run(10 * MIN)
    sim.apply({ type: 'snooze' })
    expect(sim.lastRefusal).toBeNull()
    sim.run(10 * MIN)
    sim.apply({ type: 'snooze' })
    expect(sim.lastRefusal).toBe(
      'You have already snoozed 2 times in a row. Take the break, or skip this one.',
    )
    expect(sim.breaks('snoozed')).toHaveLength(2)
    // A snoozed reminder comes back without its own heads-up.
    expect(sim.notifications('heads-up')).toHaveLength(1)
    expect(sim.notifications('due').map((n) => (n.at - MONDAY_9) / MIN)).toEqual([45, 55, 65])
  })

  it('skipping restarts the interval and the snooze count but not the sitting stretch', () => {
    const sim = new Sim(MONDAY_9, undefined, { remindersSnoozeLimit: 1 })
    sim.run(45 * MIN)
    sim.apply({ type: 'snooze' })
    sim.run(5 * MIN)
    sim.apply({ type: 'skip' })
    expect(sim.state.dueAt).toBe(MONDAY_9 + 95 * MIN)
    expect(sim.state.sittingSince).toBe(MONDAY_9)
    expect(sim.breaks('skipped')[0]?.sittingBeforeMs).toBe(50 * MIN)
    sim.run(45 * MIN)
    sim.apply({ type: 'snooze' })
    expect(sim.lastRefusal).toBeNull()
  })

  it('snoozing with nothing coming up is refused with a reason', () => {
    const sim = new Sim(MONDAY_9)
    sim.apply({ type: 'pause', until: null, relative: false })
    sim.apply({ type: 'snooze' })
    expect(sim.lastRefusal).toBe('There is no break coming up to snooze.')
  })

  it('taking a break now records it, ends the stretch and restarts after the break length', () => {
    const sim = new Sim(MONDAY_9, new FakeUser().away(MONDAY_9 + 20 * MIN, MONDAY_9 + 23 * MIN))
    sim.run(20 * MIN)
    sim.apply({ type: 'take-break' })
    expect(sim.state.phase).toBe('break')
    expect(sim.spans()).toEqual([
      expect.objectContaining({ startedAt: MONDAY_9, endedAt: MONDAY_9 + 20 * MIN }),
    ])
    sim.run(3 * MIN)
    expect(sim.state.phase).toBe('sitting')
    expect(sim.state.dueAt).toBe(MONDAY_9 + 23 * MIN + 45 * MIN)
    expect(sim.breaks('taken')[0]).toMatchObject({ durationMs: 3 * MIN, sittingBeforeMs: 20 * MIN })
  })

  it('a shorter interval moves the next break at once', () => {
    const sim = new Sim(MONDAY_9)
    sim.run(10 * MIN)
    sim.reconfigure({ remindersIntervalMin: 20 })
    expect(sim.state.dueAt).toBe(MONDAY_9 + 20 * MIN)
  })
})

describe('pauses', () => {
  it('pause until tomorrow morning crosses midnight without a wake-up or a reminder', () => {
    const evening = Date.parse('2026-03-02T22:30:00Z')
    const sim = new Sim(evening)
    sim.run(10 * MIN)
    const until = nextMorning(sim.now, null, 'UTC', 8 * 60)
    expect(new Date(until).toISOString()).toBe('2026-03-03T08:00:00.000Z')
    sim.apply({ type: 'pause', until, relative: false })
    expect(sim.wakeAt).toBe(until)
    const before = sim.wakeups
    sim.runUntil(until + 50 * MIN)
    expect(sim.notifications('due').map((n) => new Date(n.at).toISOString())).toEqual([
      '2026-03-03T08:45:00.000Z',
    ])
    // One wake at 08:00, then the usual polling.
    expect(sim.wakeups - before).toBeLessThanOrEqual(1 + 50)
    expect(sim.spans()).toEqual([expect.objectContaining({ endedAt: evening + 10 * MIN })])
  })

  it('pause until resumed waits for the user, however long', () => {
    const sim = new Sim(MONDAY_9)
    sim.apply({ type: 'pause', until: null, relative: false })
    expect(sim.wakeAt).toBeNull()
    sim.run(5 * HOUR)
    expect(sim.wakeups).toBe(0)
    sim.apply({ type: 'resume-reminders' })
    expect(sim.state.dueAt).toBe(MONDAY_9 + 5 * HOUR + 45 * MIN)
  })

  it('a pause that ends in the past is refused', () => {
    const sim = new Sim(MONDAY_9)
    sim.apply({ type: 'pause', until: MONDAY_9 - MIN, relative: true })
    expect(sim.lastRefusal).toBe('Choose a pause that ends in the future.')
    expect(sim.state.phase).toBe('sitting')
  })
})

describe('working hours', () => {
  const split = [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ]
  const week: WeekHours = [[], split, split, split, split, split, []]

  it('no reminders and no sitting outside the ranges; one wake per boundary', () => {
    const sim = new Sim(Date.parse('2026-03-02T08:00:00Z'), undefined, {
      remindersWorkingHoursOn: true,
      remindersWorkingHours: week,
    })
    expect(sim.state.phase).toBe('off-hours')
    expect(new Date(sim.wakeAt!).toISOString()).toBe('2026-03-02T09:00:00.000Z')
    sim.runUntil(Date.parse('2026-03-02T11:59:00Z'))
    sim.apply({ type: 'skip' })
    sim.runUntil(Date.parse('2026-03-02T12:30:00Z'))
    expect(sim.state.phase).toBe('off-hours')
    const lunchWakes = sim.wakeups
    sim.runUntil(Date.parse('2026-03-02T12:59:00Z'))
    expect(sim.wakeups).toBe(lunchWakes)
    const spans = sim
      .spans()
      .map((s) => [s.startedAt, s.endedAt].map((t) => new Date(t).toISOString()))
    expect(spans).toEqual([['2026-03-02T09:00:00.000Z', '2026-03-02T12:00:00.000Z']])
    const dueTimes = sim.notifications('due').map((n) => new Date(n.at).toISOString().slice(11, 16))
    expect(dueTimes.every((t) => t >= '09:00' && t <= '12:00')).toBe(true)
    sim.runUntil(Date.parse('2026-03-02T13:46:00Z'))
    expect(sim.notifications('due').at(-1)!.at).toBe(Date.parse('2026-03-02T13:45:00Z'))
  })

  it('Friday evening sleeps until Monday morning', () => {
    const sim = new Sim(Date.parse('2026-03-06T16:30:00Z'), undefined, {
      remindersWorkingHoursOn: true,
      remindersWorkingHours: week,
    })
    sim.runUntil(Date.parse('2026-03-06T17:00:00Z'))
    expect(sim.state.phase).toBe('off-hours')
    expect(new Date(sim.wakeAt!).toISOString()).toBe('2026-03-09T09:00:00.000Z')
  })

  it('follows local time across the spring change in Berlin', () => {
    const everyDay: WeekHours = Array.from({ length: 7 }, () => [{ start: '09:00', end: '17:00' }])
    const settings = { remindersWorkingHoursOn: true, remindersWorkingHours: everyDay }
    const saturday = new Sim(
      Date.parse('2026-03-28T06:00:00Z'),
      undefined,
      settings,
      'Europe/Berlin',
    )
    expect(new Date(saturday.wakeAt!).toISOString()).toBe('2026-03-28T08:00:00.000Z')
    const sunday = new Sim(Date.parse('2026-03-29T06:00:00Z'), undefined, settings, 'Europe/Berlin')
    expect(new Date(sunday.wakeAt!).toISOString()).toBe('2026-03-29T07:00:00.000Z')
  })
})
