import { describe, expect, it } from 'vitest'
import type { LoosenEvent } from '../../../electron/shared/contract/events'
import type { ReminderStatus, TodayReport } from '../../../electron/shared/contract/reminders'
import { createManualWorld, type ManualWorld } from '../../../electron/main/reminders/manual-world'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'

const MIN = 60_000
const newFolder = useTempFolder('loosen-reminders-')

function host(folder: string, start: number, zone = 'UTC') {
  const clock = { t: start }
  const world: ManualWorld = createManualWorld(zone)
  const events: LoosenEvent[] = []
  const open = () =>
    createMainServices({
      dataFolder: folder,
      appVersion: 'test',
      platform: 'linux',
      now: () => clock.t,
      emit: (e) => events.push(e),
      log: { error: () => undefined },
      reminders: world,
    })
  let services: MainServices = open()
  const advance = (ms: number) =>
    world.scheduler.runUntil(
      clock.t + ms,
      (t) => (clock.t = t),
      () => clock.t,
    )
  const call = async <T>(channel: string, payload?: unknown): Promise<T> => {
    const result = await services.dispatch(channel, payload)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as T
  }
  return {
    clock,
    world,
    events,
    advance,
    call,
    services: () => services,
    restart: () => {
      services.close()
      services = open()
    },
  }
}

describe('the reminder service over SQLite', () => {
  it('notifies when due, and a click records the break and opens the Movement Break', async () => {
    const h = host(newFolder(), Date.parse('2026-03-02T09:00:00Z'))
    h.advance(45 * MIN)
    const due = h.world.notifier.shown.find((n) => n.kind === 'due')
    expect(due?.title).toBe('Time to stand up and move')
    expect(due?.body).toContain('sitting for 45 minutes')
    due!.handlers.click()
    expect(h.events).toContainEqual({
      type: 'navigate',
      screen: 'practice',
      practiceId: 'movement-break',
    })
    expect(h.world.opened).toEqual([{ screen: 'practice', detail: 'movement-break', focus: true }])
    const clickedAt = h.clock.t
    // Idle time always reads 0 here, so Loosen cannot tell and trusts the break at its end.
    h.advance(3 * MIN)
    const today = await h.call<TodayReport>('reminders:today')
    expect(today.taken).toBe(1)
    expect(today.spans[0]).toEqual({
      startedAt: clickedAt - 45 * MIN,
      endedAt: clickedAt,
      open: false,
    })
    expect(today.longestSittingMs).toBe(45 * MIN)
    h.services().close()
  })

  it('polls at most once a minute and never faster than every 15 seconds', () => {
    const h = host(newFolder(), Date.parse('2026-03-02T09:00:00Z'))
    const pending: number[] = []
    for (let i = 0; i < 30; i++) {
      pending.push(h.world.scheduler.pending()[0]! - h.clock.t)
      h.advance(pending.at(-1)!)
    }
    expect(Math.min(...pending)).toBeGreaterThanOrEqual(15_000)
    expect(Math.max(...pending)).toBeLessThanOrEqual(60_000)
    h.services().close()
  })

  it('refuses a snooze beyond the limit with a reason and keeps a pause across a restart', async () => {
    const h = host(newFolder(), Date.parse('2026-03-02T09:00:00Z'))
    await h.call('settings:update', { remindersSnoozeLimit: 1 })
    h.advance(45 * MIN)
    await h.call('reminders:snooze')
    const second = await h.services().dispatch('reminders:snooze', undefined)
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const paused = await h.call<ReminderStatus>('reminders:pause', { for: 'indefinitely' })
    expect(paused.phase).toBe('paused')
    h.restart()
    const after = await h.call<ReminderStatus>('reminders:state')
    expect(after.pausedIndefinitely).toBe(true)
    expect(h.world.scheduler.pending().length).toBeLessThanOrEqual(1)
    const resumed = await h.call<ReminderStatus>('reminders:resume')
    expect(resumed.nextBreakAt).toBe(h.clock.t + 45 * MIN)
    h.services().close()
  })

  it('rejects an out-of-range interval and saves nothing', async () => {
    const h = host(newFolder(), Date.parse('2026-03-02T09:00:00Z'))
    const result = await h.services().dispatch('settings:update', { remindersIntervalMin: 5 })
    expect(result).toMatchObject({
      ok: false,
      error: {
        field: 'remindersIntervalMin',
        message: 'remindersIntervalMin: The sitting interval must be at least 20 minutes.',
      },
    })
    expect(h.services().settings.read().remindersIntervalMin).toBe(45)
    h.services().close()
  })

  it('moves the next break when the interval changes', async () => {
    const h = host(newFolder(), Date.parse('2026-03-02T09:00:00Z'))
    h.advance(5 * MIN)
    await h.call('settings:update', { remindersIntervalMin: 30 })
    const status = await h.call<ReminderStatus>('reminders:state')
    expect(status.nextBreakAt).toBe(Date.parse('2026-03-02T09:30:00Z'))
    expect(h.events).toContainEqual({ type: 'reminders-changed' })
    h.services().close()
  })

  it('writes the open sitting stretch on quit', async () => {
    const folder = newFolder()
    const h = host(folder, Date.parse('2026-03-02T09:00:00Z'))
    h.advance(20 * MIN)
    h.restart()
    const today = await h.call<TodayReport>('reminders:today')
    expect(today.spans[0]).toEqual({
      startedAt: Date.parse('2026-03-02T09:00:00Z'),
      endedAt: Date.parse('2026-03-02T09:20:00Z'),
      open: false,
    })
    h.services().close()
  })

  it('turns launch at login on and off through the world', async () => {
    const h = host(newFolder(), Date.parse('2026-03-02T09:00:00Z'))
    await h.call('settings:update', { remindersLaunchAtLogin: true })
    await h.call('settings:update', { remindersLaunchAtLogin: false })
    expect(h.world.launchAtLogin).toEqual([false, true, false])
    h.services().close()
  })
})
