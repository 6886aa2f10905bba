import type { Point } from './pacer-shape'

/**
 * How often the pacer moves at most, per second. Any running animation, even one the
 * compositor runs, makes Chromium produce a frame every 1/60 s in the page and the GPU process,
 * and that was most of the pacer's CPU cost. A breath is slow, so a timer places the pacer from
 * the session's monotonic clock instead: only these moments become frames, each a transform
 * change on its own layer (no layout, no paint).
 */
export const PACER_FPS = 8

/**
 * How far the pacer travels on screen between two moves, at least, in CSS pixels. Each move
 * is a frame costing a few milliseconds across Chromium's processes whatever it draws, so a
 * slow pacer (4-7-8's long hold and out-breath, a circle near the turn of a breath, a small
 * window) waits until its move would show instead of drawing sub-pixel steps 8 times a second.
 * Box breathing at its largest (a 154 px side in 4 s) still moves 8 times a second, 4.8 px at a
 * time: fewer moves would be jumps the eye can tell.
 */
export const PACER_STEP_PX = 4

/**
 * How long to wait before the pacer's next move: the first moment on a 1/PACER_FPS grid from
 * now at which it has travelled PACER_STEP_PX, and never past the phase's end, so every phase
 * ends exactly on its corner. `at(ms)` is where the pacer is drawn `ms` from now, in CSS
 * pixels (for a circle, its edge), or null once there is no breath to follow.
 */
export function nextMoveInMs(at: (fromNowMs: number) => Point | null, phaseLeftMs: number): number {
  const tick = 1000 / PACER_FPS
  const here = at(0)
  if (!here) return Math.max(tick, phaseLeftMs)
  for (let wait = tick; wait < phaseLeftMs; wait += tick) {
    const there = at(wait)
    if (!there || Math.hypot(there.x - here.x, there.y - here.y) >= PACER_STEP_PX) return wait
  }
  return Math.max(1, phaseLeftMs)
}
