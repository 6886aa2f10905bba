import { describe, expect, it } from 'vitest'
import { FakeUser, MIN, Sim } from './sim'

const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z')
const DUE = MONDAY_9 + 45 * MIN

/** Someone typing without a pause from `from` until `to`, and with ordinary pauses otherwise. */
class Typist extends FakeUser {
  constructor(
    private readonly from: number,
    private readonly to: number,
  ) {
    super()
  }
  override idleAt = (t: number): number => {
    if (t >= this.from && t < this.to) return 500
    if (t >= this.to && t < this.to + 10_000) return t - this.to
    return (Math.floor(t / 1000) % 7) * 1000
  }
}

describe('waiting for a pause in typing before a reminder', () => {
  it('holds the reminder while the user types and shows it at the first pause, noting the wait', () => {
    const user = new Typist(DUE - MIN, DUE + 40_000)
    const sim = new Sim(MONDAY_9, user, { remindersLullWaitMin: 2 })
    // The idle source has shown it works before the break is due.
    sim.runUntil(DUE - 30 * MIN)
    expect(sim.state.idle.detection).toBe('working')
    sim.runUntil(DUE + 30_000)
    expect(sim.notifications('due')).toEqual([])
    expect(sim.state.lull).toEqual({ since: DUE, until: DUE + 2 * MIN })
    sim.runUntil(DUE + MIN)
    const [due] = sim.notifications('due')
    expect(due!.at).toBeGreaterThanOrEqual(DUE + 40_000 + 2_500)
    expect(due!.at).toBeLessThanOrEqual(DUE + 40_000 + 5_000)
    expect(sim.prompts()).toEqual([
      expect.objectContaining({ occurredAt: due!.at, durationMs: due!.at - DUE }),
    ])
  })

  it('never waits longer than the setting', () => {
    const user = new Typist(DUE - MIN, DUE + 30 * MIN)
    const sim = new Sim(MONDAY_9, user, { remindersLullWaitMin: 3 })
    sim.runUntil(DUE + 10 * MIN)
    const [due] = sim.notifications('due')
    expect(due!.at).toBe(DUE + 3 * MIN)
    expect(sim.prompts()[0]!.durationMs).toBe(3 * MIN)
  })

  it('reads idle time every few seconds only while waiting', () => {
    const user = new Typist(DUE - MIN, DUE + 30 * MIN)
    const sim = new Sim(MONDAY_9, user, { remindersLullWaitMin: 3 })
    sim.runUntil(DUE)
    const before = sim.wakeups
    sim.runUntil(DUE + 3 * MIN)
    expect(sim.wakeups - before).toBeLessThanOrEqual((3 * 60) / 2.5 + 1)
    const after = sim.wakeups
    sim.runUntil(DUE + 13 * MIN)
    expect(sim.wakeups - after).toBeLessThanOrEqual(11)
  })

  it('reminds on time when the user is already pausing', () => {
    const user = new FakeUser().away(DUE - 10_000, DUE + 20_000)
    const sim = new Sim(MONDAY_9, user, { remindersLullWaitMin: 2 })
    sim.runUntil(DUE)
    expect(sim.notifications('due').map((n) => n.at)).toEqual([DUE])
    expect(sim.prompts()[0]!.durationMs).toBe(0)
  })

  it('reminds on time where idle time cannot be read', () => {
    const user = new FakeUser()
    user.idleAlwaysZero = true
    const sim = new Sim(MONDAY_9, user, { remindersLullWaitMin: 5 })
    sim.runUntil(DUE)
    expect(sim.notifications('due').map((n) => n.at)).toEqual([DUE])
  })

  it('is off by default: the reminder comes on time even mid-sentence', () => {
    const user = new Typist(DUE - MIN, DUE + 30 * MIN)
    const sim = new Sim(MONDAY_9, user)
    sim.runUntil(DUE)
    expect(sim.notifications('due').map((n) => n.at)).toEqual([DUE])
  })

  it('a snooze while waiting starts over', () => {
    const user = new Typist(DUE - MIN, DUE + 30 * MIN)
    const sim = new Sim(MONDAY_9, user, { remindersLullWaitMin: 2 })
    sim.runUntil(DUE + 30_000)
    sim.apply({ type: 'snooze' })
    expect(sim.state.lull).toBeNull()
    expect(sim.state.dueAt).toBe(DUE + 30_000 + 5 * MIN)
  })
})
