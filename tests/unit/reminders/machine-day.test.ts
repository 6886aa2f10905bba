import { describe, expect, it } from 'vitest'
import { FakeUser, HOUR, MIN, Sim } from './sim'

const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z')

describe('an 8-hour working day with a lunch away from the desk', () => {
  function workday() {
    const user = new FakeUser().away(MONDAY_9 + 3 * HOUR, MONDAY_9 + 4 * HOUR)
    const sim = new Sim(MONDAY_9, user)
    const handled = new Set<number>()
    while (sim.now < MONDAY_9 + 8 * HOUR) {
      sim.run(30_000)
      // The person answers each reminder by taking the movement break half a minute later,
      // away from the keyboard for its three minutes.
      for (const due of sim.notifications('due')) {
        if (handled.has(due.at)) continue
        handled.add(due.at)
        user.away(sim.now, sim.now + 3 * MIN)
        sim.apply({ type: 'take-break' })
      }
    }
    return sim
  }

  it('reminds every 45 minutes of sitting, with a heads-up a minute before', () => {
    const sim = workday()
    const dues = sim.notifications('due').map((n) => (n.at - MONDAY_9) / MIN)
    expect(dues[0]).toBe(45)
    // The break is taken at once; after its 3 minutes the next reminder comes 45 minutes later.
    expect(dues[1]).toBe(45 + 3 + 45)
    const headsUps = sim.notifications('heads-up').map((n) => (n.at - MONDAY_9) / MIN)
    expect(headsUps[0]).toBe(44)
    expect(sim.breaks('taken').length).toBe(dues.length)
  })

  it('counts lunch as a break, never reminds during it, and not right after coming back', () => {
    const sim = workday()
    const lunchStart = MONDAY_9 + 3 * HOUR
    const back = MONDAY_9 + 4 * HOUR
    const during = sim.notifications().filter((n) => n.at >= lunchStart && n.at < back)
    expect(during).toEqual([])
    const afterLunch = sim.notifications('due').find((n) => n.at >= back)
    expect(afterLunch!.at - back).toBe(45 * MIN)
    const lunch = sim.breaks('natural').find((b) => b.occurredAt >= lunchStart - MIN)
    expect(lunch?.durationMs).toBeGreaterThanOrEqual(HOUR - MIN)
    expect(lunch?.durationMs).toBeLessThanOrEqual(HOUR)
  })

  it('writes sitting stretches that never overlap breaks and add up to the sitting day', () => {
    const sim = workday()
    sim.apply({ type: 'shutdown' })
    const spans = sim.spans()
    for (let i = 1; i < spans.length; i++) {
      expect(spans[i]!.startedAt).toBeGreaterThanOrEqual(spans[i - 1]!.endedAt)
    }
    const sitting = spans.reduce((sum, s) => sum + s.endedAt - s.startedAt, 0)
    const breaks = sim.breaks('taken').length * 3 * MIN
    // 8 hours = sitting + taken breaks + lunch (give or take the half-minute reaction times).
    expect(sitting + breaks + HOUR).toBeGreaterThan(8 * HOUR - 2 * MIN)
    expect(sitting + breaks + HOUR).toBeLessThanOrEqual(8 * HOUR + MIN)
  })

  it('wakes the main process far less often than once a second', () => {
    const sim = workday()
    expect(sim.wakeups).toBeLessThanOrEqual(2000)
    expect(sim.wakeups).toBeGreaterThan(100)
  })
})

describe('natural breaks seen through the idle source', () => {
  it('an absence of at least the break length resets the count without a reminder', () => {
    const user = new FakeUser().away(MONDAY_9 + 40 * MIN, MONDAY_9 + 46 * MIN)
    const sim = new Sim(MONDAY_9, user)
    sim.run(95 * MIN)
    expect(sim.notifications('due').map((n) => (n.at - MONDAY_9) / MIN)).toEqual([91])
    expect(sim.breaks('natural')).toEqual([
      expect.objectContaining({
        occurredAt: MONDAY_9 + 40 * MIN,
        durationMs: 6 * MIN,
        sittingBeforeMs: 40 * MIN,
      }),
    ])
  })

  it('a two-minute absence is still sitting', () => {
    const user = new FakeUser().away(MONDAY_9 + 20 * MIN, MONDAY_9 + 22 * MIN)
    const sim = new Sim(MONDAY_9, user)
    sim.run(50 * MIN)
    expect(sim.breaks()).toEqual([])
    expect(sim.notifications('due').map((n) => (n.at - MONDAY_9) / MIN)).toEqual([45])
  })

  it('an unanswered reminder is repeated every 15 minutes, never in a burst', () => {
    const sim = new Sim(MONDAY_9)
    sim.run(90 * MIN)
    const dues = sim.notifications('due').map((n) => (n.at - MONDAY_9) / MIN)
    expect(dues).toEqual([45, 60, 75, 90])
    expect(sim.state.phase).toBe('due')
  })

  it('walking away while a reminder is due counts as the break', () => {
    const user = new FakeUser().away(MONDAY_9 + 50 * MIN, MONDAY_9 + 56 * MIN)
    const sim = new Sim(MONDAY_9, user)
    sim.run(60 * MIN)
    expect(sim.state.phase).toBe('sitting')
    expect(sim.state.dueAt).toBe(MONDAY_9 + 56 * MIN + 45 * MIN)
    expect(sim.breaks('natural')).toHaveLength(1)
  })
})

describe('what counts as a new break', () => {
  it('stepping away again right after a break does not count a second one', () => {
    const user = new FakeUser()
      .away(MONDAY_9 + 17 * MIN, MONDAY_9 + 20 * MIN)
      .away(MONDAY_9 + 20 * MIN + 30_000, MONDAY_9 + 40 * MIN)
    const sim = new Sim(MONDAY_9, user)
    sim.run(17 * MIN)
    sim.apply({ type: 'take-break' })
    sim.run(30 * MIN)
    expect(sim.breaks().map((b) => b.kind)).toEqual(['taken'])
    expect(sim.state.dueAt).toBe(MONDAY_9 + 40 * MIN + 45 * MIN)
  })
})
