import { describe, expect, it } from 'vitest'
import { FakeUser, HOUR, MIN, Sim } from './sim'

const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z')

describe('sleep, lock and clock changes', () => {
  it('an overnight sleep counts as a break and gives no burst of stale reminders on waking', () => {
    const sim = new Sim(Date.parse('2026-03-02T17:00:00Z'))
    sim.run(30 * MIN)
    sim.sleep(15 * HOUR)
    sim.run(50 * MIN)
    const dues = sim.notifications('due').map((n) => new Date(n.at).toISOString())
    expect(dues).toEqual(['2026-03-03T09:15:00.000Z'])
    expect(sim.breaks('natural')).toEqual([
      expect.objectContaining({ durationMs: 15 * HOUR, sittingBeforeMs: 30 * MIN }),
    ])
  })

  it('a sleep without suspend events is noticed from the late timer', () => {
    const sim = new Sim(MONDAY_9)
    sim.run(30 * MIN)
    sim.sleep(2 * HOUR, false)
    expect(sim.notifications()).toEqual([])
    expect(sim.breaks('natural')).toHaveLength(1)
    expect(sim.state.dueAt).toBe(sim.now + 45 * MIN)
  })

  it('a 10-minute lock is a break: nothing fires while locked or on unlocking', () => {
    const sim = new Sim(MONDAY_9)
    sim.run(40 * MIN)
    sim.apply({ type: 'lock' })
    const wakeupsBefore = sim.wakeups
    sim.run(10 * MIN)
    // Nothing polls while the screen is locked except one check of the idle source.
    expect(sim.wakeups - wakeupsBefore).toBeLessThanOrEqual(1)
    sim.apply({ type: 'unlock' })
    sim.run(44 * MIN)
    expect(sim.notifications()).toEqual([
      expect.objectContaining({ kind: 'heads-up', at: MONDAY_9 + 50 * MIN + 44 * MIN }),
    ])
    expect(sim.breaks('natural')).toEqual([
      expect.objectContaining({ occurredAt: MONDAY_9 + 40 * MIN, durationMs: 10 * MIN }),
    ])
  })

  it('a one-minute lock is not a break, and a reminder due during it comes once after', () => {
    const sim = new Sim(MONDAY_9)
    sim.run(44.5 * MIN)
    sim.apply({ type: 'lock' })
    sim.run(MIN)
    sim.apply({ type: 'unlock' })
    sim.run(MIN)
    expect(sim.breaks()).toEqual([])
    expect(sim.notifications('due')).toHaveLength(1)
    expect(sim.notifications('due')[0]!.at).toBeGreaterThanOrEqual(MONDAY_9 + 45.5 * MIN)
  })

  it('the clock set back two hours neither freezes the countdown nor fires early', () => {
    const sim = new Sim(MONDAY_9)
    sim.run(30 * MIN)
    sim.jumpClock(-2 * HOUR)
    sim.run(5 * MIN)
    // 15 minutes were left; 5 have passed since the change.
    expect(sim.state.dueAt! - sim.now).toBe(10 * MIN)
    sim.run(11 * MIN)
    expect(sim.notifications('due')).toHaveLength(1)
    expect(sim.notifications('due')[0]!.at).toBe(MONDAY_9 - 2 * HOUR + 45 * MIN)
  })

  it('the clock set forward two hours gives no burst and a countdown that keeps moving', () => {
    const sim = new Sim(MONDAY_9)
    sim.run(30 * MIN)
    sim.jumpClock(2 * HOUR)
    sim.run(2 * MIN)
    const remaining = sim.state.dueAt! - sim.now
    expect(sim.notifications('due')).toEqual([])
    expect(remaining).toBeGreaterThan(0)
    expect(remaining).toBeLessThanOrEqual(45 * MIN)
    sim.run(MIN)
    expect(sim.state.dueAt! - sim.now).toBe(remaining - MIN)
    sim.run(45 * MIN)
    expect(sim.notifications('due')).toHaveLength(1)
  })
})

describe('an idle source that always reads 0 (Electron on Wayland)', () => {
  it('is reported after half an hour of zero readings, and reminders still come', () => {
    const user = new FakeUser()
    user.idleAlwaysZero = true
    const sim = new Sim(MONDAY_9, user)
    sim.run(20 * MIN)
    expect(sim.state.idle.detection).toBe('checking')
    sim.run(15 * MIN)
    expect(sim.state.idle.detection).toBe('unavailable')
    sim.run(15 * MIN)
    expect(sim.notifications('due')).toHaveLength(1)
  })

  it('is caught at once when it reads 0 while the screen is locked; the lock still counts', () => {
    const user = new FakeUser()
    user.idleAlwaysZero = true
    const sim = new Sim(MONDAY_9, user)
    sim.run(5 * MIN)
    sim.apply({ type: 'lock' })
    sim.run(5 * MIN)
    expect(sim.state.idle.detection).toBe('unavailable')
    sim.apply({ type: 'unlock' })
    expect(sim.breaks('natural')).toHaveLength(1)
  })

  it('a working idle source is trusted after one non-zero reading', () => {
    const sim = new Sim(MONDAY_9)
    sim.run(5 * MIN)
    expect(sim.state.idle.detection).toBe('working')
  })
})
