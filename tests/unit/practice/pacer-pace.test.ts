import { describe, expect, it } from 'vitest'
import { phasesOf, type BreathPhase } from '../../../electron/shared/practice/timeline'
import {
  nextMoveInMs,
  PACER_FPS,
  PACER_STEP_PX,
  wakeDelay,
} from '../../../renderer/src/practice/pacer-pace'
import {
  pointAt,
  shapeCorners,
  SHAPE_SIZE,
  type Point,
} from '../../../renderer/src/practice/pacer-shape'

const TICK = 1000 / PACER_FPS
/** The dot's soft rim at 16 px a rem: from its solid core (30% of a 1 rem radius) outwards. */
const SOFT_RIM_PX = 16 * 0.7

/** A dot moving along x at `pxPerS`. */
const along = (pxPerS: number) => (ms: number) => ({ x: (pxPerS * ms) / 1000, y: 0 })

/**
 * The moves the pacer makes over one whole breath at a drawing `width` px wide, as the player
 * schedules them, with the largest jump between two of them.
 */
function movesPerCycle(phases: BreathPhase[], width: number): { moves: number; jumpPx: number } {
  const corners = shapeCorners(phases)
  const perUnit = width / SHAPE_SIZE
  let moves = 0
  let jumpPx = 0
  phases.forEach((phase, index) => {
    const at = (ms: number): Point => {
      const p = pointAt(corners, index, ms / phase.ms)
      return { x: p.x * perUnit, y: p.y * perUnit }
    }
    for (let ms = 0; ms < phase.ms;) {
      const wait = nextMoveInMs((from) => at(ms + from), phase.ms - ms)
      const [a, b] = [at(ms), at(ms + wait)]
      jumpPx = Math.max(jumpPx, Math.hypot(b.x - a.x, b.y - a.y))
      ms += wait
      moves++
    }
  })
  return { moves, jumpPx }
}

describe('how often the breath pacer moves', () => {
  it('moves as often as it may while the dot is fast enough to show each step', () => {
    // Box breathing's side at the largest size: 154 px in 4 s, 9.6 px every 1/4 s.
    expect(nextMoveInMs(along(38.5), 4000)).toBe(TICK)
  })

  it('waits for a slow dot to travel a few pixels instead of drawing sub-pixel steps', () => {
    // 4-7-8's hold at the largest size: about 11 px a second.
    const wait = nextMoveInMs(along(10.8), 7000)
    expect(wait).toBe(3 * TICK)
    expect((10.8 * wait) / 1000).toBeGreaterThanOrEqual(PACER_STEP_PX)
  })

  it("moves on the countdown's whole seconds, counted back from the phase's end", () => {
    // Woken 5 ms late, 3995 ms before the end: the next moves are at 3750 left, 3500, …, so
    // every whole second of the phase is a move whose frame the countdown's change shares.
    expect(nextMoveInMs(along(38.5), 3995)).toBe(245)
    expect(nextMoveInMs(along(38.5), 3245)).toBe(245)
    // A phase that is not a whole number of ticks still moves on its own grid.
    expect(nextMoveInMs(along(38.5), 5500)).toBe(TICK)
    expect(nextMoveInMs(along(100), 5440)).toBe(190)
  })

  it('wakes just after its moment, never on the fraction a browser would drop', () => {
    // A delay of 244.3 ms would fire at 244 ms, before the moment: the next whole ms and one.
    expect(wakeDelay(244.3)).toBe(246)
    expect(wakeDelay(250)).toBe(251)
  })

  it('does not move while the pacer stands still, but lands on the phase end', () => {
    expect(nextMoveInMs(() => ({ x: 40, y: 40 }), 4000)).toBe(4000)
  })

  it('never waits past the end of the phase, so every phase ends on its corner', () => {
    expect(nextMoveInMs(along(2), 300)).toBe(300)
    expect(nextMoveInMs(along(100), 60)).toBe(60)
  })

  it('keeps box breathing at 4 moves a second at full size, 4-7-8 at fewer, neither jumping', () => {
    const box = movesPerCycle(
      phasesOf({ inhale: 4, topUp: 0, holdIn: 4, exhale: 4, holdOut: 4 }),
      256,
    )
    expect(box.moves).toBe(16 * PACER_FPS)
    // Every move is shorter than the dot's soft rim, so it reads as a slide, not a hop.
    expect(box.jumpPx).toBeLessThan(SOFT_RIM_PX)
    const fourSevenEight = movesPerCycle(
      phasesOf({ inhale: 4, topUp: 0, holdIn: 7, exhale: 8, holdOut: 0 }),
      256,
    )
    // 19 s at 4 a second would be 76 moves; its slow hold and out-breath need far fewer.
    expect(fourSevenEight.moves).toBeLessThan(0.6 * 19 * PACER_FPS)
    expect(fourSevenEight.jumpPx).toBeLessThan(SOFT_RIM_PX)
    // A small window draws a smaller box, which moves fewer pixels a second.
    const smallBox = movesPerCycle(
      phasesOf({ inhale: 4, topUp: 0, holdIn: 4, exhale: 4, holdOut: 4 }),
      144,
    )
    expect(smallBox.moves).toBeLessThan(box.moves)
  })
})
