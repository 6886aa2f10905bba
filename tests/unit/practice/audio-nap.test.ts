import { describe, expect, it } from 'vitest'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import { buildTimeline } from '../../../electron/shared/practice/timeline'
import { napBetweenSounds, type NappingAudio } from '../../../renderer/src/practice/audio-nap'
import { soundFor } from '../../../renderer/src/practice/audio'
import { PlayerController, type PlayedCue } from '../../../renderer/src/practice/player-controller'
import { builtInScriptFiles } from './built-in-scripts'
import { FakeScheduler } from './fake-scheduler'

/** A napping audio that records when it was held awake and which sounds played while asleep. */
function session(id: string, lengthMin: number, breathCues = false) {
  const raw = builtInScriptFiles().find((entry) => entry.file === `${id}.json`)?.raw
  const timeline = buildTimeline(practiceScriptSchema.parse(raw), { lengthMin })
  const scheduler = new FakeScheduler()
  let awake = true
  let awakeSince = 0
  let awakeMs = 0
  const heard: { cue: PlayedCue; awake: boolean; awakeForMs: number }[] = []
  const audio: NappingAudio = {
    hold: () => {
      if (!awake) awakeSince = scheduler.time
      awake = true
    },
    release: () => {
      if (awake) awakeMs += scheduler.time - awakeSince
      awake = false
    },
    sounds: (cue) => soundFor(cue, breathCues) !== null,
  }
  const controller = new PlayerController(timeline, {
    now: scheduler.now,
    setTimer: scheduler.setTimer,
    clearTimer: scheduler.clearTimer,
    onCue: (cue) => {
      if (audio.sounds(cue)) heard.push({ cue, awake, awakeForMs: scheduler.time - awakeSince })
    },
  })
  controller.listenTicks(() => napBetweenSounds(controller, audio))
  controller.start()
  const awakeTotal = () => awakeMs + (awake ? scheduler.time - awakeSince : 0)
  return { scheduler, controller, heard, awakeTotal, isAwake: () => awake }
}

describe('the audio context sleeps between sounds', () => {
  it('is awake, and was woken at least half a second early, for every bell of a timer', () => {
    const { scheduler, controller, heard, awakeTotal } = session('open-timer', 10)
    scheduler.runUntil(600_000)
    expect(controller.status).toBe('completed')
    const bells = heard.filter(({ cue }) => cue.kind === 'bell')
    expect(bells.length).toBeGreaterThanOrEqual(2)
    // The start bell rings as the session starts (the run holds the context before it).
    for (const { awake, awakeForMs, cue } of heard) {
      expect(awake).toBe(true)
      if (cue.atMs > 0) expect(awakeForMs).toBeGreaterThanOrEqual(500)
    }
    // Ten minutes with a few bells: asleep nearly all the time.
    expect(awakeTotal()).toBeLessThan(0.05 * 600_000)
  })

  it('sleeps while paused and is awake again before the end bell after resuming', () => {
    const { scheduler, controller, heard, isAwake } = session('open-timer', 10)
    scheduler.runUntil(598_000)
    // The end bell (at 10 minutes) is more than WAKE_AHEAD_MS away: asleep.
    expect(isAwake()).toBe(false)
    scheduler.runUntil(599_000)
    expect(isAwake()).toBe(true)
    controller.pause()
    expect(isAwake()).toBe(false)
    scheduler.runUntil(700_000)
    expect(isAwake()).toBe(false)
    controller.resume()
    scheduler.runUntil(705_000)
    expect(controller.status).toBe('completed')
    const end = heard.find(({ cue }) => cue.kind === 'bell' && cue.bell === 'end')
    expect(end).toMatchObject({ awake: true })
    // Once it has rung and the session is over, nothing holds the context.
    expect(isAwake()).toBe(false)
  })

  it('stays awake through a breathing practice whose breath cues sound every few seconds', () => {
    const { scheduler, heard } = session('box-breathing', 4, true)
    scheduler.runUntil(240_000)
    expect(heard.length).toBeGreaterThan(40)
    expect(heard.every(({ awake }) => awake)).toBe(true)
  })
})
