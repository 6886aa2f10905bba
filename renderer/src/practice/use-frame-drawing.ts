import { useEffect, type RefObject } from 'react'
import { formatClock } from './format'
import { pacerScale, phaseCount } from './pacer-scale'
import type { PlayerController, PlayerStatus } from './player-controller'

export interface FrameTargets {
  pacer: RefObject<HTMLDivElement | null>
  count: RefObject<HTMLSpanElement | null>
  timeLeft: RefObject<HTMLSpanElement | null>
  ring: RefObject<SVGCircleElement | null>
}

export const RING_LENGTH = 2 * Math.PI * 46

/**
 * Draws the moving parts straight onto the DOM each animation frame: the pacer's transform
 * (compositor-only), and at most once a second the time left and the ring. React does not
 * re-render for any of it; it only hears about step and phase changes.
 */
export function useFrameDrawing(
  controller: PlayerController,
  targets: FrameTargets,
  reduced: boolean,
  status: PlayerStatus,
): void {
  useEffect(() => {
    let frame = 0
    let shownSecond = -1
    let shownCount = -1
    const draw = () => {
      const state = controller.state()
      const pacer = targets.pacer.current
      if (pacer)
        pacer.style.transform = reduced ? 'scale(0.8)' : `scale(${pacerScale(state).toFixed(4)})`
      const count = phaseCount(state) ?? 0
      if (reduced && count !== shownCount && targets.count.current) {
        targets.count.current.textContent = count > 0 ? String(count) : ''
        shownCount = count
      }
      const left = state.totalLeftMs ?? state.elapsedMs
      const second = Math.ceil(left / 1000)
      if (second !== shownSecond) {
        shownSecond = second
        if (targets.timeLeft.current) targets.timeLeft.current.textContent = formatClock(left)
        const total = controller.timeline.totalMs
        const ring = targets.ring.current
        if (ring && total) {
          ring.style.strokeDashoffset = String(RING_LENGTH * (1 - state.elapsedMs / total))
        }
      }
      if (status === 'running') frame = requestAnimationFrame(draw)
    }
    draw()
    return () => cancelAnimationFrame(frame)
  }, [controller, targets, reduced, status])
}
