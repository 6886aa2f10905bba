import { describe, expect, it } from 'vitest'
import { pickCue } from '../../../electron/main/reminders/cues'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { FakeQuietSource } from '../../../electron/main/reminders/quiet-source'
import { createMainServices } from '../../../electron/main/services'
import { reminderSettings, type CueSetting } from '../../../electron/shared/settings/reminders'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { useTempFolder } from '../../support/temp-folder'
import { FakeUser, MIN, Sim } from './sim'

const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z')
const newFolder = useTempFolder('loosen-cues-')

/** The cue events the machine saw, as "triggers@minute" from 09:00. */
const cueEvents = (sim: Sim) =>
  sim.effects.flatMap((e) =>
    e.type === 'cue' ? [`${e.triggers.join('+')}@${String((e.at - MONDAY_9) / MIN)}`] : [],
  )

const cue = (over: Partial<CueSetting>): CueSetting => ({
  id: over.trigger ?? 'c',
  trigger: 'unlock',
  awayMin: 10,
  action: 'movement',
  practiceId: null,
  ...over,
})

describe('cue events in the reminder machine', () => {
  it('screen unlock: one event, with the time away', () => {
    const sim = new Sim(MONDAY_9)
    sim.runUntil(MONDAY_9 + 10 * MIN)
    sim.apply({ type: 'lock' })
    sim.runUntil(MONDAY_9 + 25 * MIN)
    sim.apply({ type: 'unlock' })
    expect(cueEvents(sim)).toEqual(['unlock+back@25'])
    const effect = sim.effects.find((e) => e.type === 'cue')
    expect(effect?.type === 'cue' && effect.awayMs).toBe(15 * MIN)
  })

  it('return from being away (idle): one event when input comes back', () => {
    const user = new FakeUser().away(MONDAY_9 + 20 * MIN, MONDAY_9 + 32 * MIN)
    const sim = new Sim(MONDAY_9, user)
    sim.runUntil(MONDAY_9 + 40 * MIN)
    expect(cueEvents(sim)).toEqual(['back@32'])
  })

  it('a call ends: one event; a call that turns into a fullscreen video stays quiet', () => {
    const sim = new Sim(MONDAY_9)
    sim.runUntil(MONDAY_9 + 5 * MIN)
    sim.quiet('call')
    sim.runUntil(MONDAY_9 + 20 * MIN)
    sim.quiet(null)
    expect(cueEvents(sim)).toEqual(['call-end@20'])
    sim.quiet('call')
    sim.runUntil(MONDAY_9 + 30 * MIN)
    sim.quiet('fullscreen')
    sim.runUntil(MONDAY_9 + 35 * MIN)
    expect(cueEvents(sim)).toEqual(['call-end@20'])
  })

  it('working hours start: one event at the start, none at the end', () => {
    const hours = [[], [{ start: '09:30', end: '10:00' }], [], [], [], [], []]
    const sim = new Sim(MONDAY_9, undefined, {
      remindersWorkingHoursOn: true,
      remindersWorkingHours: hours,
    })
    sim.runUntil(MONDAY_9 + 2 * 60 * MIN)
    expect(cueEvents(sim)).toEqual(['hours-start@30'])
  })

  it('nothing during a quiet time or a pause', () => {
    const sim = new Sim(MONDAY_9)
    sim.quiet('do-not-disturb')
    sim.apply({ type: 'lock' })
    sim.runUntil(MONDAY_9 + 20 * MIN)
    sim.apply({ type: 'unlock' })
    sim.quiet(null)
    sim.apply({ type: 'pause', until: null, relative: false })
    sim.apply({ type: 'lock' })
    sim.runUntil(MONDAY_9 + 40 * MIN)
    sim.apply({ type: 'unlock' })
    expect(cueEvents(sim)).toEqual([])
  })
})

describe('which planned cue an event brings', () => {
  const plans = [
    cue({ id: 'a', trigger: 'back', awayMin: 30, action: 'practice', practiceId: 'x' }),
    cue({ id: 'b', trigger: 'unlock', action: 'checkin' }),
    cue({ id: 'c', trigger: 'back', awayMin: 5, action: 'movement' }),
  ]
  it('the first matching plan, in the order the user wrote them; never two', () => {
    expect(pickCue(plans, ['unlock', 'back'], 40 * MIN, MONDAY_9)?.id).toBe('a')
    expect(pickCue(plans, ['unlock', 'back'], 10 * MIN, MONDAY_9)?.id).toBe('b')
    expect(pickCue(plans, ['back'], 10 * MIN, MONDAY_9)?.id).toBe('c')
    expect(pickCue(plans, ['back'], 4 * MIN, MONDAY_9)).toBeNull()
    expect(pickCue(plans, ['call-end'], 0, MONDAY_9)).toBeNull()
  })

  it('a plan offered in the last 30 minutes rests; the next matching one may come', () => {
    const offered = new Map([['a', MONDAY_9 - 20 * MIN]])
    expect(pickCue(plans, ['back'], 40 * MIN, MONDAY_9, offered)?.id).toBe('c')
    expect(pickCue(plans, ['back'], 40 * MIN, MONDAY_9 + 10 * MIN, offered)?.id).toBe('a')
  })

  it('refuses a cue with an unknown trigger, no minutes, or a duplicate id', () => {
    const shape = reminderSettings.shape.remindersCues
    expect(shape.safeParse([cue({})]).success).toBe(true)
    expect(shape.safeParse([{ ...cue({}), trigger: 'lunch' }]).success).toBe(false)
    expect(shape.safeParse([{ ...cue({}), awayMin: 0 }]).success).toBe(false)
    expect(shape.safeParse([cue({ id: 'x' }), cue({ id: 'x' })]).success).toBe(false)
    expect(defaultSettings.remindersCues).toEqual([])
  })
})

describe('cues through the service', () => {
  function host() {
    const clock = { t: MONDAY_9 }
    const world = createManualWorld('UTC')
    const quiet = new FakeQuietSource()
    world.quiet = quiet
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
        await new Promise((done) => setImmediate(done))
      }
    }
    const call = async (channel: string, payload?: unknown) => {
      const result = await services.dispatch(channel, payload)
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }
    const cues = () => world.notifier.shown.filter((n) => n.kind === 'cue')
    return { clock, world, quiet, services, advance, call, cues }
  }

  it('after a call, the planned movement is offered once; its click opens the Movement Break', async () => {
    const h = host()
    await h.call('settings:update', {
      remindersCues: [
        cue({ id: 'm', trigger: 'call-end', action: 'movement' }),
        cue({ id: 'p', trigger: 'call-end', action: 'practice', practiceId: 'cyclic-sighing' }),
      ],
    })
    await h.advance(5 * MIN)
    h.quiet.reading = { reason: 'call', detail: null }
    await h.advance(20 * MIN)
    h.quiet.reading = null
    await h.advance(5 * MIN)
    expect(h.cues().map((n) => n.title)).toEqual([
      'Your call has ended: two minutes of movement, as you planned',
    ])
    h.cues()[0]?.handlers.click()
    expect(h.world.opened.at(-1)).toEqual({
      screen: 'practice',
      detail: 'movement-break',
      focus: true,
    })
    h.services.close()
  })

  it('a screen locked again and again brings the unlock plan once in 30 minutes', async () => {
    const h = host()
    await h.call('settings:update', {
      remindersCues: [cue({ id: 'u', trigger: 'unlock', action: 'movement' })],
    })
    for (let i = 0; i < 6; i++) {
      await h.advance(8 * MIN)
      h.services.reminders.power('lock')
      await h.advance(MIN)
      h.services.reminders.power('unlock')
    }
    // Unlocks at 9, 18, 27, 36, 45 and 54 minutes: offered at 9 and again at 45.
    expect(h.cues()).toHaveLength(2)
    h.services.close()
  })

  it('unlocking after lunch offers the check-in; a short lock offers nothing', async () => {
    const h = host()
    await h.call('settings:update', {
      remindersCues: [cue({ id: 'k', trigger: 'back', awayMin: 30, action: 'checkin' })],
    })
    await h.advance(10 * MIN)
    h.services.reminders.power('lock')
    await h.advance(5 * MIN)
    h.services.reminders.power('unlock')
    expect(h.cues()).toEqual([])
    h.services.reminders.power('lock')
    await h.advance(45 * MIN)
    h.services.reminders.power('unlock')
    expect(h.cues()).toHaveLength(1)
    h.cues()[0]?.handlers.click()
    expect(h.world.opened.at(-1)).toEqual({ screen: 'log', detail: null, focus: true })
    h.services.close()
  })
})
