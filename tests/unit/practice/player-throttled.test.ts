import { describe, expect, it } from 'vitest'
import { buildTimerTimeline } from '../../../electron/shared/practice/custom-scripts'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import { PlayerController, type PlayedCue } from '../../../renderer/src/practice/player-controller'
import { builtInScriptFiles } from './built-in-scripts'
import { FakeScheduler } from './fake-scheduler'

const MINUTE = 60_000
const openTimer = practiceScriptSchema.parse(
  builtInScriptFiles().find((entry) => entry.file === 'open-timer.json')?.raw,
)

/** A timer with interval bells, on a clock the test holds back like a throttled page. */
function timer(lengthMin: number, intervalMin: number) {
  const scheduler = new FakeScheduler()
  const bells: { cue: PlayedCue; heardAt: number }[] = []
  const timeline = buildTimerTimeline(openTimer, {
    warmUpS: 0,
    lengthMin,
    intervalMin,
    startBell: true,
    endBell: true,
  })
  const controller = new PlayerController(timeline, {
    now: scheduler.now,
    setTimer: scheduler.setTimer,
    clearTimer: scheduler.clearTimer,
    onCue: (cue) => {
      if (cue.kind === 'bell') bells.push({ cue, heardAt: scheduler.time })
    },
  })
  controller.start()
  return { scheduler, controller, bells }
}

describe('the player when its page is held back', () => {
  it('rings an interval bell that fell due while frozen once it wakes, marked late', () => {
    const { scheduler, bells } = timer(5, 1)
    scheduler.runUntil(55_000)
    scheduler.freeze(13_000) // 68 s: the bell at 60 s is 8 s late
    scheduler.wake()
    expect(bells.map(({ cue }) => cue)).toEqual([
      { atMs: 0, kind: 'bell', bell: 'start' },
      { atMs: MINUTE, kind: 'bell', bell: 'interval', lateMs: 8_000 },
    ])
    expect(bells.at(-1)?.heardAt).toBe(68_000)
    // And the next one is on time again, with no mark.
    scheduler.runUntil(2 * MINUTE)
    expect(bells.at(-1)).toEqual({
      cue: { atMs: 2 * MINUTE, kind: 'bell', bell: 'interval' },
      heardAt: 2 * MINUTE,
    })
  })

  it('rings one bell, not a burst, after a long sleep over several bells', () => {
    const { scheduler, bells } = timer(20, 1)
    scheduler.runUntil(30_000)
    scheduler.freeze(4 * MINUTE) // over the bells at 1, 2, 3 and 4 min
    scheduler.wake()
    expect(bells.slice(1).map(({ cue }) => cue)).toEqual([
      { atMs: 4 * MINUTE, kind: 'bell', bell: 'interval', lateMs: 30_000 },
    ])
  })

  it('records exactly the planned length when the end passed while frozen', () => {
    const { scheduler, controller, bells } = timer(2, 1)
    scheduler.runUntil(115_000)
    scheduler.freeze(11_300)
    scheduler.wake()
    expect(controller.status).toBe('completed')
    expect(controller.clock.activeMs()).toBe(2 * MINUTE)
    expect(controller.endedAtMonotonic).toBe(2 * MINUTE)
    expect(bells.at(-1)?.cue).toEqual({
      atMs: 2 * MINUTE,
      kind: 'bell',
      bell: 'end',
      lateMs: 6_300,
    })
  })

  it('keeps pauses out of the planned end it records', () => {
    const { scheduler, controller } = timer(2, 1)
    scheduler.runUntil(10_000)
    controller.pause()
    scheduler.runUntil(40_000)
    controller.resume()
    scheduler.runUntil(140_000)
    scheduler.freeze(15_000)
    scheduler.wake()
    expect(controller.clock.activeMs()).toBe(2 * MINUTE)
    expect(controller.endedAtMonotonic).toBe(150_000)
  })

  it.each(['stop', 'pause', 'previous'] as const)(
    'completes as planned when %s is pressed on waking after the end',
    (press) => {
      const { scheduler, controller } = timer(2, 1)
      scheduler.runUntil(100_000)
      scheduler.freeze(30_000)
      controller[press]()
      expect(controller.status).toBe('completed')
      expect(controller.clock.activeMs()).toBe(2 * MINUTE)
    },
  )
})
