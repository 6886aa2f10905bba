import { describe, expect, it } from 'vitest'
import type { TodayReport } from '../../../electron/shared/contract/reminders'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { createMainServices } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'

const MIN = 60_000
const START = Date.parse('2026-03-02T09:00:00Z')
const newFolder = useTempFolder('loosen-credit-')

function host() {
  const clock = { t: START }
  const world = createManualWorld('UTC')
  // Someone typing: the idle source works and reads a second now and then.
  world.idleNow.ms = 1000
  const services = createMainServices({
    dataFolder: newFolder(),
    appVersion: 'test',
    platform: 'linux',
    now: () => clock.t,
    emit: () => undefined,
    log: { error: () => undefined },
    reminders: world,
  })
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
  return { clock, world, services, advance, call }
}

describe('breaks that count, through the service', () => {
  it('a finished Movement Break counts even though the user was at the keyboard', async () => {
    const h = host()
    h.advance(45 * MIN)
    h.world.notifier.shown.find((n) => n.kind === 'due')!.handlers.click()
    const startedAt = h.clock.t
    h.advance(4 * MIN)
    expect((await h.call<TodayReport>('reminders:today')).taken).toBe(0)
    await h.call('practice:recordSession', {
      id: '6f1c2b1e-8d4a-4c1e-9a7b-3e2d1c0b9a88',
      practiceId: 'movement-break',
      practiceTitle: 'Movement Break',
      plannedMs: 4 * MIN,
      actualMs: 4 * MIN,
      status: 'completed',
      startedAt,
      endedAt: h.clock.t,
    })
    // The practice request wrote nothing of the reminders; the timer, due at once, does.
    expect((await h.call<TodayReport>('reminders:today')).taken).toBe(0)
    h.advance(0)
    const today = await h.call<TodayReport>('reminders:today')
    expect(today.taken).toBe(1)
    expect(today.notTaken).toBe(0)
    h.services.close()
  })

  it('a break started from the Reminders screen and spent typing is reminded, not taken', async () => {
    const h = host()
    h.advance(45 * MIN)
    await h.call('reminders:takeBreak')
    // It opened the Movement Break, which may still be finished for a while after the break.
    h.advance(3 * MIN)
    expect((await h.call<TodayReport>('reminders:today')).notTaken).toBe(0)
    h.advance(15 * MIN)
    const today = await h.call<TodayReport>('reminders:today')
    expect(today.taken).toBe(0)
    expect(today.notTaken).toBe(1)
    expect(today.breaks.map((b) => b.kind)).toEqual(['not-taken'])
    h.services.close()
  })

  it('keeps the reason given for a snooze, newest first, and refuses an overlong one', async () => {
    const h = host()
    await h.call('settings:update', { remindersAskPostponeReason: true })
    h.advance(45 * MIN)
    await h.call('reminders:snooze', { reason: '  In a meeting ' })
    h.advance(5 * MIN)
    await h.call('reminders:snooze', { reason: 'Finishing a sentence' })
    const today = await h.call<TodayReport>('reminders:today')
    expect(today.postponeReasons.map((r) => r.reason)).toEqual([
      'Finishing a sentence',
      'In a meeting',
    ])
    const long = await h.services.dispatch('reminders:snooze', { reason: 'x'.repeat(200) })
    expect(long.ok).toBe(false)
    h.services.close()
  })

  it('shows a micro-break as a plain notification, with nothing to start or snooze', async () => {
    const h = host()
    await h.call('settings:update', { remindersMicroEveryMin: 15 })
    h.advance(16 * MIN)
    const micro = h.world.notifier.shown.filter((n) => n.kind === 'micro')
    expect(micro).toHaveLength(1)
    expect(micro[0]).toMatchObject({ title: 'A micro-break', actions: [] })
    expect(micro[0]!.body).toContain('one long sigh out')
    h.services.close()
  })

  it('records each due reminder as a prompt, kept out of the list of breaks', async () => {
    const h = host()
    h.advance(45 * MIN)
    const today = await h.call<TodayReport>('reminders:today')
    expect(today.breaks).toEqual([])
    expect(today.prompts.overall.prompts).toBe(1)
    h.services.close()
  })
})
