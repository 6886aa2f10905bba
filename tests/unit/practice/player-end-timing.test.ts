import { describe, expect, it } from 'vitest'
import { buildTimerTimeline } from '../../../electron/shared/practice/custom-scripts'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import { buildTimeline, type Timeline } from '../../../electron/shared/practice/timeline'
import { PlayerController, type PlayedCue } from '../../../renderer/src/practice/player-controller'
import { builtInScriptFiles } from './built-in-scripts'
import { FakeScheduler } from './fake-scheduler'

function script(id: string) {
  const raw = builtInScriptFiles().find((entry) => entry.file === `${id}.json`)?.raw
  return practiceScriptSchema.parse(raw)
}

/** How late a browser runs a timer past its due time, at best. */
const LATENCY_MS = 0.1
/** Chromium's floor for a timer set from inside a timer (nesting level over 5). */
const NESTED_MIN_MS = 4

/**
 * A page's event loop as Chromium runs it: a delay's fraction is dropped, a short timer set
 * from a timer waits at least 4 ms, timers run a little after they are due, and time passes
 * while a tick works (each look at the clock here costs a quarter of a millisecond).
 */
class BrowserLikeLoop extends FakeScheduler {
  private inTimer = false

  constructor(start: number) {
    super()
    this.time = start
  }

  override now = (): number => {
    const seen = this.time
    this.time += 0.25
    return seen
  }

  protected override dueAt(ms: number): number {
    const whole = Math.max(0, Math.trunc(ms))
    const delay = this.inTimer ? Math.max(NESTED_MIN_MS, whole) : whole
    return this.time + delay + LATENCY_MS
  }

  protected override runTimer(run: () => void): void {
    this.inTimer = true
    run()
    this.inTimer = false
  }
}

/** Runs a whole session from a start at a fractional millisecond, as performance.now() gives. */
function run(timeline: Timeline) {
  const loop = new BrowserLikeLoop(1_000.6)
  const heard: { cue: PlayedCue; late: number }[] = []
  let completedLate = Number.NaN
  let start = 0
  const controller = new PlayerController(timeline, {
    now: loop.now,
    setTimer: loop.setTimer,
    clearTimer: loop.clearTimer,
    onCue: (cue) => heard.push({ cue, late: loop.time - (start + cue.atMs) }),
    onView: (view) => {
      if (view.status === 'completed') completedLate = loop.time - (start + (timeline.totalMs ?? 0))
    },
  })
  start = controller.clock.monotonicAt(0)
  controller.start()
  loop.runUntil(start + (timeline.totalMs ?? 0) + 1_000)
  return { controller, heard, completedLate }
}

describe('the player keeps time on a browser event loop', () => {
  const cases: [string, Timeline][] = [
    [
      'a 2-minute open timer with a bell every minute',
      buildTimerTimeline(script('open-timer'), {
        warmUpS: 0,
        lengthMin: 2,
        intervalMin: 1,
        startBell: true,
        endBell: true,
      }),
    ],
    ['4 minutes of box breathing', buildTimeline(script('box-breathing'), { lengthMin: 4 })],
  ]

  it.each(cases)('%s: every cue and the end within 2.5 ms', (_, timeline) => {
    const { controller, heard, completedLate } = run(timeline)
    expect(controller.status).toBe('completed')
    // Late by the loop's latency, the clock's own cost and at most the millisecond the delay
    // was rounded up by; never by the 4 ms of a retry after a timer that fired short.
    expect(completedLate).toBeGreaterThanOrEqual(0)
    expect(completedLate).toBeLessThan(2.5)
    expect(heard.length).toBeGreaterThan(2)
    const worst = Math.max(...heard.map(({ late }) => late))
    expect(worst).toBeLessThan(2.5)
    expect(heard.at(-1)?.cue).toMatchObject({ kind: 'bell', bell: 'end' })
  })
})
