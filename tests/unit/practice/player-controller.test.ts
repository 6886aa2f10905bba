import { describe, expect, it } from 'vitest'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import { buildTimeline } from '../../../electron/shared/practice/timeline'
import {
  PlayerController,
  type PlayedCue,
  type PlayerView,
} from '../../../renderer/src/practice/player-controller'
import { builtInScriptFiles } from './built-in-scripts'
import { FakeScheduler } from './fake-scheduler'

function timelineOf(id: string, lengthMin: number) {
  const raw = builtInScriptFiles().find((entry) => entry.file === `${id}.json`)?.raw
  return buildTimeline(practiceScriptSchema.parse(raw), { lengthMin })
}

function player(id: string, lengthMin: number) {
  const scheduler = new FakeScheduler()
  const cues: { cue: PlayedCue; heardAt: number }[] = []
  const views: PlayerView[] = []
  const controller = new PlayerController(timelineOf(id, lengthMin), {
    now: scheduler.now,
    setTimer: scheduler.setTimer,
    clearTimer: scheduler.clearTimer,
    onCue: (cue) => cues.push({ cue, heardAt: scheduler.time }),
    onView: (view) => views.push(view),
  })
  controller.start()
  return { scheduler, controller, cues, views }
}

describe('the practice player', () => {
  it('plays every cue on time when nothing gets in the way', () => {
    const { scheduler, controller, cues } = player('box-breathing', 4)
    scheduler.runUntil(240_000)
    expect(controller.status).toBe('completed')
    expect(cues.every(({ cue, heardAt }) => heardAt === cue.atMs)).toBe(true)
    expect(cues.at(-1)?.cue).toEqual({ atMs: 240_000, kind: 'bell', bell: 'end' })
    expect(controller.endedAtMonotonic).toBe(240_000)
  })

  it('after a 5-minute hidden gap lands on the right step and plays no burst of missed cues', () => {
    const { scheduler, controller, cues } = player('hip-pelvis-body-scan', 20)
    scheduler.runUntil(200_000)
    const before = cues.length
    scheduler.freeze(300_000)
    scheduler.wake()
    const state = controller.state()
    const expected = controller.timeline.steps.findLast((step) => step.startMs <= 500_000)
    expect(state.elapsedMs).toBe(500_000)
    expect(state.step.id).toBe(expected?.id)
    // Only cues due now play, plus at most one bell that fell due in the gap, marked late.
    const burst = cues.slice(before)
    const caughtUp = burst.filter(({ cue }) => 500_000 - cue.atMs > 1500)
    expect(caughtUp.length).toBeLessThanOrEqual(1)
    expect(
      caughtUp.every(({ cue }) => cue.kind === 'bell' && cue.lateMs === 500_000 - cue.atMs),
    ).toBe(true)
    expect(burst.length).toBeLessThanOrEqual(3)
    // And it carries on to end exactly on time.
    scheduler.runUntil(1_300_000)
    expect(controller.endedAtMonotonic).toBe(1_200_000)
  })

  it('does not move while paused and picks up where it left off', () => {
    const { scheduler, controller, cues } = player('box-breathing', 4)
    scheduler.runUntil(15_000)
    controller.pause()
    const heard = cues.length
    scheduler.runUntil(75_000)
    expect(controller.state().elapsedMs).toBe(15_000)
    expect(cues.length).toBe(heard)
    controller.resume()
    scheduler.runUntil(76_000)
    expect(controller.state().elapsedMs).toBe(16_000)
    expect(controller.clock.activeMs()).toBe(16_000)
  })

  it('skips forward and back by step, playing the step’s cue once', () => {
    const { scheduler, controller, cues, views } = player('movement-break', 3)
    scheduler.runUntil(5_000)
    controller.next()
    expect(controller.state().stepIndex).toBe(1)
    expect(cues.at(-1)?.cue).toMatchObject({ kind: 'bell', bell: 'step' })
    scheduler.runUntil(10_000)
    controller.previous() // 5 s into the step: back to its start
    expect(controller.state()).toMatchObject({ stepIndex: 1, stepElapsedMs: 0 })
    controller.previous() // right at the start: to the step before
    expect(controller.state().stepIndex).toBe(0)
    expect(views.map((v) => v.stepIndex)).toEqual([1, 0])
  })

  it('stops early and keeps the time practised', () => {
    const { scheduler, controller } = player('belly-breathing', 5)
    scheduler.runUntil(42_000)
    controller.stop()
    scheduler.runUntil(100_000)
    expect(controller.status).toBe('stopped')
    expect(controller.clock.activeMs()).toBe(42_000)
  })

  it('reports a view change per breath phase, not per tick', () => {
    const { scheduler, views } = player('box-breathing', 2)
    scheduler.runUntil(10_000 + 32_000)
    // Step 1 begins at 10 s: two cycles of four phases, then the next step's first view.
    const phases = views.filter((v) => v.stepIndex === 1).map((v) => v.phase)
    expect(phases).toEqual(
      [
        'inhale',
        'hold-in',
        'exhale',
        'hold-out',
        'inhale',
        'hold-in',
        'exhale',
        'hold-out',
        'inhale',
      ].slice(0, phases.length),
    )
    expect(phases.length).toBeGreaterThanOrEqual(8)
  })
})
