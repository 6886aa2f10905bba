import { describe, expect, it } from 'vitest'
import { FakeUser, MIN, Sim } from './sim'

const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z')
const DUE = MONDAY_9 + 45 * MIN

/** A day where the user is reminded at 09:45 and presses "Take a break" then. */
function breakAtDue(user: FakeUser, settings = {}) {
  const sim = new Sim(MONDAY_9, user, settings)
  sim.runUntil(DUE)
  expect(sim.state.phase).toBe('due')
  sim.apply({ type: 'take-break' })
  return sim
}

describe('a break counts only when taken', () => {
  it('away for two of its three minutes: credited as taken, at its start, with its length', () => {
    const sim = breakAtDue(new FakeUser().away(DUE + 30_000, DUE + 2.5 * MIN))
    expect(sim.breaks()).toEqual([])
    sim.run(3 * MIN)
    expect(sim.breaks()).toEqual([
      expect.objectContaining({ kind: 'taken', occurredAt: DUE, durationMs: 3 * MIN }),
    ])
    expect(sim.state.phase).toBe('sitting')
  })

  it('typing right through the break: recorded as reminded, not taken', () => {
    const sim = breakAtDue(new FakeUser())
    sim.run(3 * MIN)
    const [record] = sim.breaks()
    expect(record).toMatchObject({ kind: 'not-taken', occurredAt: DUE, sittingBeforeMs: 45 * MIN })
    // Short gaps between keystrokes add up to little.
    expect(record!.durationMs).toBeLessThan(30_000)
    expect(sim.breaks('taken')).toEqual([])
  })

  it('away for one of three minutes is less than half: not taken', () => {
    const sim = breakAtDue(new FakeUser().away(DUE + 30_000, DUE + 90_000))
    sim.run(3 * MIN)
    expect(sim.breaks().map((b) => b.kind)).toEqual(['not-taken'])
    // Read every 30 seconds, the time away is known to within one reading.
    expect(sim.breaks()[0]!.durationMs).toBeGreaterThanOrEqual(30_000)
    expect(sim.breaks()[0]!.durationMs).toBeLessThanOrEqual(MIN)
  })

  it('the share is a setting: at 100% two minutes away of three is not enough', () => {
    const user = new FakeUser().away(DUE, DUE + 2 * MIN)
    const sim = breakAtDue(user, { remindersCreditPct: 100 })
    sim.run(3 * MIN)
    expect(sim.breaks().map((b) => b.kind)).toEqual(['not-taken'])
  })

  it('at 0% a started break counts at once, as before', () => {
    const sim = breakAtDue(new FakeUser(), { remindersCreditPct: 0 })
    expect(sim.breaks().map((b) => b.kind)).toEqual(['taken'])
  })

  it('locking the screen during the break is time away', () => {
    const sim = breakAtDue(new FakeUser())
    sim.run(20_000)
    sim.apply({ type: 'lock' })
    sim.run(2 * MIN)
    sim.apply({ type: 'unlock' })
    sim.run(MIN)
    expect(sim.breaks().map((b) => b.kind)).toEqual(['taken'])
  })

  it('asleep through the break counts too', () => {
    const sim = breakAtDue(new FakeUser())
    sim.sleep(10 * MIN, false)
    expect(sim.breaks().map((b) => b.kind)).toEqual(['taken'])
  })

  it('where idle time cannot be read, the break is trusted', () => {
    const user = new FakeUser()
    user.idleAlwaysZero = true
    const sim = new Sim(MONDAY_9, user)
    sim.runUntil(DUE)
    expect(sim.state.idle.detection).toBe('unavailable')
    sim.apply({ type: 'take-break' })
    sim.run(3 * MIN)
    expect(sim.breaks().map((b) => b.kind)).toEqual(['taken'])
  })

  it('reads idle time only every 30 seconds during the break', () => {
    const sim = breakAtDue(new FakeUser())
    const before = sim.wakeups
    sim.run(3 * MIN)
    expect(sim.wakeups - before).toBeLessThanOrEqual(7)
  })
})

describe('the Movement Break earns the credit', () => {
  it('finished while at the keyboard: taken, recorded when it finishes', () => {
    const sim = new Sim(MONDAY_9)
    sim.runUntil(DUE)
    sim.apply({ type: 'take-break', movement: true })
    sim.run(3 * MIN)
    // Still doing it after the break's three minutes: the verdict waits.
    expect(sim.breaks()).toEqual([])
    expect(sim.state.phase).toBe('sitting')
    sim.run(2 * MIN)
    sim.apply({ type: 'movement-finished', at: sim.now })
    expect(sim.breaks()).toEqual([
      expect.objectContaining({ kind: 'taken', occurredAt: DUE, durationMs: 3 * MIN }),
    ])
  })

  it('opened but never finished: not taken once the grace time is over', () => {
    const sim = new Sim(MONDAY_9)
    sim.runUntil(DUE)
    sim.apply({ type: 'take-break', movement: true })
    sim.run(17 * MIN)
    expect(sim.breaks()).toEqual([])
    sim.run(2 * MIN)
    expect(sim.breaks().map((b) => b.kind)).toEqual(['not-taken'])
  })

  it('a Movement Break finished before the break started does not count for it', () => {
    const sim = new Sim(MONDAY_9)
    sim.runUntil(DUE)
    sim.apply({ type: 'take-break', movement: true })
    sim.apply({ type: 'movement-finished', at: DUE - MIN })
    sim.run(20 * MIN)
    expect(sim.breaks().map((b) => b.kind)).toEqual(['not-taken'])
  })

  it('pausing during the break gives the verdict at once', () => {
    const sim = breakAtDue(new FakeUser())
    sim.run(MIN)
    sim.apply({ type: 'pause', until: null, relative: false })
    expect(sim.breaks().map((b) => b.kind)).toEqual(['not-taken'])
    expect(sim.state.trial).toBeNull()
  })
})
