import type { Point } from './pacer-shape'

/**
 * How often the pacer moves at most, per second. Every move is a frame, and in a Chromium that
 * draws without a graphics processor a frame costs about 3.5 ms of CPU across its processes
 * even on a bare page, whatever it shows, and 4 to 5 ms in a session: smooth 60 Hz motion would
 * cost over 10% of a core for a whole session, 8 moves a second about 3.5%. Four a second looks
 * continuous because the dot has no hard edge (see pacer.module.css): with its soft rim wider
 * than one move, the eye sees a slide, not a hop. A timer places the pacer from the session's
 * monotonic clock: no animation runs, so only these moments become frames, each a transform
 * change on the dot's own layer, as small as the dot (no layout, no paint).
 */
export const PACER_FPS = 4

/**
 * How far the pacer travels on screen between two moves, at least, in CSS pixels: a slow
 * pacer (4-7-8's long hold and out-breath, a circle near the turn of a breath, a small window)
 * waits until its move would show instead of drawing sub-pixel steps. Box breathing at its
 * largest (a 154 px side in 4 s) moves every quarter second, 9.6 px at a time, less than the
 * width of the dot's soft edge.
 */
export const PACER_STEP_PX = 6

/**
 * The delay for a timer that must wake just after a moment `ms` from now: browsers drop a
 * delay's fraction, so it is rounded up, and 1 ms more makes sure the moment has passed. The
 * player's countdown and the pacer both wake this way, and the pacer's grid is counted back
 * from the phase's end like the countdown's seconds, while the player itself wakes on the
 * phase's end (see player-controller): the countdown's change and the new phase's words land
 * in a frame the pacer draws anyway instead of adding frames of their own.
 */
export function wakeDelay(ms: number): number {
  return Math.ceil(ms) + 1
}

/**
 * How long to wait before the pacer's next move: the first moment on a 1/PACER_FPS grid
 * counted back from the phase's end at which it has travelled PACER_STEP_PX, and never past
 * the phase's end, so every phase ends exactly on its corner. `at(ms)` is where the pacer is
 * drawn `ms` from now, in CSS pixels (for a circle, its edge), or null once there is no breath
 * to follow.
 */
export function nextMoveInMs(at: (fromNowMs: number) => Point | null, phaseLeftMs: number): number {
  const tick = 1000 / PACER_FPS
  const here = at(0)
  if (!here) return Math.max(tick, phaseLeftMs)
  const first = phaseLeftMs % tick || tick
  for (let wait = first; wait < phaseLeftMs; wait += tick) {
    const there = at(wait)
    if (!there || Math.hypot(there.x - here.x, there.y - here.y) >= PACER_STEP_PX) return wait
  }
  return Math.max(1, phaseLeftMs)
}
