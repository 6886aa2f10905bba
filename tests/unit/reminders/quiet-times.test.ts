import { describe, expect, it } from 'vitest'
import { FakeUser, HOUR, MIN, Sim } from './sim'

const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z')
const DUE = MONDAY_9 + 45 * MIN

describe('quiet times', () => {
  it('a break due during a call is offered once when the call ends, naming it', () => {
    const sim = new Sim(MONDAY_9)
    sim.runUntil(MONDAY_9 + 30 * MIN)
    sim.quiet('call')
    sim.runUntil(MONDAY_9 + 2 * HOUR)
    // Nothing during the call: no heads-up, no reminder, no repeats.
    expect(sim.notifications()).toEqual([])
    expect(sim.state.phase).toBe('sitting')
    sim.quiet(null)
    expect(sim.notifications()).toEqual([
      expect.objectContaining({ kind: 'due', afterQuiet: 'call', dueAt: DUE }),
    ])
    // Offered once, then the usual repeat every 15 minutes, not a burst for each missed one.
    sim.run(14 * MIN)
    expect(sim.notifications('due')).toHaveLength(1)
    sim.run(2 * MIN)
    expect(sim.notifications('due')).toHaveLength(2)
    expect(sim.notifications('due')[1]!.afterQuiet).toBeUndefined()
  })

  it('a quiet time that ends before the break is due changes nothing', () => {
    const sim = new Sim(MONDAY_9)
    sim.runUntil(MONDAY_9 + 10 * MIN)
    sim.quiet('do-not-disturb')
    sim.runUntil(MONDAY_9 + 20 * MIN)
    sim.quiet(null)
    sim.runUntil(DUE)
    expect(sim.notifications('due')).toEqual([expect.objectContaining({ at: DUE, dueAt: DUE })])
    expect(sim.notifications('due')[0]!.afterQuiet).toBeUndefined()
  })

  it('a reminder already shown is not repeated during a quiet time', () => {
    const sim = new Sim(MONDAY_9)
    sim.runUntil(DUE + MIN)
    expect(sim.notifications('due')).toHaveLength(1)
    sim.quiet('fullscreen')
    sim.runUntil(DUE + HOUR)
    expect(sim.notifications('due')).toHaveLength(1)
    sim.quiet(null)
    // Its repeat comes at the usual time after the last one shown, once.
    expect(sim.notifications('due')).toHaveLength(2)
  })

  it('in a call without typing, no input is not time away', () => {
    const user = new FakeUser().away(MONDAY_9 + 10 * MIN, MONDAY_9 + 40 * MIN)
    const sim = new Sim(MONDAY_9, user)
    sim.runUntil(MONDAY_9 + 9 * MIN)
    sim.quiet('call')
    sim.runUntil(MONDAY_9 + 41 * MIN)
    expect(sim.breaks('natural')).toEqual([])
    expect(sim.state.sittingSince).toBe(MONDAY_9)
  })

  it('with Do Not Disturb only, stepping away still counts as a break', () => {
    const user = new FakeUser().away(MONDAY_9 + 10 * MIN, MONDAY_9 + 40 * MIN)
    const sim = new Sim(MONDAY_9, user)
    sim.runUntil(MONDAY_9 + 9 * MIN)
    sim.quiet('do-not-disturb')
    sim.runUntil(MONDAY_9 + 41 * MIN)
    expect(sim.breaks('natural')).toHaveLength(1)
  })

  it('while quiet past the due time the machine polls once a minute, not faster', () => {
    const sim = new Sim(MONDAY_9)
    sim.quiet('call')
    sim.runUntil(DUE)
    const before = sim.wakeups
    sim.runUntil(DUE + HOUR)
    expect(sim.wakeups - before).toBeLessThanOrEqual(61)
    expect(sim.wakeups - before).toBeGreaterThanOrEqual(59)
  })

  it('a quiet time keeps its start while its reason changes', () => {
    const sim = new Sim(MONDAY_9)
    sim.quiet('call')
    sim.run(5 * MIN)
    sim.quiet('fullscreen')
    expect(sim.state.quiet).toEqual({ since: MONDAY_9, reason: 'fullscreen', detail: null })
  })

  it('waiting for a pause in typing also waits for the quiet time to end', () => {
    const sim = new Sim(MONDAY_9, new FakeUser(), { remindersLullWaitMin: 2 })
    sim.runUntil(DUE - MIN)
    sim.quiet('call')
    sim.runUntil(DUE + 10 * MIN)
    expect(sim.state.lull).toBeNull()
    sim.quiet(null)
    sim.run(2 * MIN + 5_000)
    expect(sim.notifications('due')).toHaveLength(1)
  })
})
