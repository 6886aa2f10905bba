import { describe, expect, it } from 'vitest'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { FakeQuietSource } from '../../../electron/main/reminders/quiet-source'
import { createMainServices } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'

const MIN = 60_000
const START = Date.parse('2026-03-02T09:00:00Z')
const newFolder = useTempFolder('loosen-quiet-')

/** Lets the quiet source's answers (promises) arrive; no time passes. */
const answers = () => new Promise((done) => setImmediate(done))

function host() {
  const clock = { t: START }
  const world = createManualWorld('UTC')
  const quiet = new FakeQuietSource()
  world.quiet = quiet
  const statuses: ReminderStatus[] = []
  world.onStatus = (s) => statuses.push(s)
  const services = createMainServices({
    dataFolder: newFolder(),
    appVersion: 'test',
    platform: 'linux',
    now: () => clock.t,
    emit: () => undefined,
    log: { error: () => undefined },
    reminders: world,
  })
  const advance = async (ms: number) => {
    const end = clock.t + ms
    while (clock.t < end) {
      world.scheduler.runUntil(
        Math.min(end, clock.t + MIN),
        (t) => (clock.t = t),
        () => clock.t,
      )
      await answers()
    }
  }
  const call = async <T>(channel: string, payload?: unknown): Promise<T> => {
    const result = await services.dispatch(channel, payload)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as T
  }
  return { clock, world, quiet, statuses, services, advance, call }
}

describe('quiet times through the service', () => {
  it('a user in a call is not interrupted; the missed break is offered once afterwards', async () => {
    const h = host()
    await h.advance(30 * MIN)
    h.quiet.reading = { reason: 'call', detail: null }
    await h.advance(90 * MIN)
    expect(h.world.notifier.shown).toEqual([])
    const status = await h.call<ReminderStatus>('reminders:state')
    expect(status.quiet).toMatchObject({ reason: 'call', detail: null })
    expect(h.statuses.at(-1)?.quiet?.reason).toBe('call')
    h.quiet.reading = null
    await h.advance(MIN)
    const due = h.world.notifier.shown.filter((n) => n.kind === 'due')
    expect(due).toHaveLength(1)
    expect(due[0]!.body).toMatch(/^Your call has ended\. You have been sitting for/)
    expect((await h.call<ReminderStatus>('reminders:state')).quiet).toBeNull()
    h.services.close()
  })

  it('reads the quiet source only when its own timer wakes it, about once a minute', async () => {
    const h = host()
    await h.advance(40 * MIN)
    expect(h.quiet.reads).toBeGreaterThanOrEqual(38)
    expect(h.quiet.reads).toBeLessThanOrEqual(41)
    h.services.close()
  })

  it('asks the quiet source at most every 30 seconds while waiting for a pause in typing', async () => {
    const h = host()
    h.world.idleNow.ms = 500 // typing without a pause
    await h.call('settings:update', { remindersLullWaitMin: 5 })
    await h.advance(45 * MIN)
    const before = h.quiet.reads
    const wakeups = h.world.scheduler.wakeups
    await h.advance(5 * MIN)
    expect(h.world.scheduler.wakeups - wakeups).toBeGreaterThan(100)
    expect(h.quiet.reads - before).toBeLessThanOrEqual(11)
    expect(h.world.notifier.shown.filter((n) => n.kind === 'due')).toHaveLength(1)
    h.services.close()
  })

  it('a quiet time the user turned off in the settings does not hold reminders', async () => {
    const h = host()
    await h.call('settings:update', { remindersQuietCall: false })
    h.quiet.reading = { reason: 'call', detail: null }
    await h.advance(46 * MIN)
    expect(h.world.notifier.shown.filter((n) => n.kind === 'due')).toHaveLength(1)
    h.services.close()
  })

  it('a chosen app in front holds reminders and is named', async () => {
    const h = host()
    await h.call('settings:update', { remindersQuietApps: ['Keynote'] })
    h.quiet.reading = { reason: 'focus-app', detail: 'keynote' }
    await h.advance(50 * MIN)
    expect(h.world.notifier.shown.filter((n) => n.kind === 'due')).toEqual([])
    expect((await h.call<ReminderStatus>('reminders:state')).quiet).toMatchObject({
      reason: 'focus-app',
      detail: 'keynote',
    })
    h.services.close()
  })
})
