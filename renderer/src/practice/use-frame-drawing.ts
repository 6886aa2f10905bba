import { useEffect, type RefObject } from 'react'
import { ARC_LENGTH } from './BreathPacer'
import { formatClock } from './format'
import { wakeDelay } from './pacer-pace'
import { phaseCount } from './pacer-scale'
import type { PlayerController, PlayerView } from './player-controller'

export interface FrameTargets {
  count: RefObject<HTMLSpanElement | null>
  arc: RefObject<SVGCircleElement | null>
  timeLeft: RefObject<HTMLSpanElement | null>
  /** The session's progress bar, scaled along x (a compositor-only change). */
  progress: RefObject<HTMLDivElement | null>
}

/**
 * The figures that tick: time left, the session's progress, and the phase's countdown (its
 * seconds and its arc). They change once a second, so they are written straight to the DOM on
 * a timer aligned to the next whole second, not drawn per frame and not rendered by React.
 */
export function useFrameDrawing(
  controller: PlayerController,
  targets: FrameTargets,
  view: PlayerView,
): void {
  useEffect(() => {
    let timer = 0
    const draw = () => {
      const state = controller.state()
      const left = state.totalLeftMs ?? state.elapsedMs
      if (targets.timeLeft.current) targets.timeLeft.current.textContent = formatClock(left)
      const total = controller.timeline.totalMs
      const bar = targets.progress.current
      if (bar && total) bar.style.transform = `scaleX(${(state.elapsedMs / total).toFixed(4)})`
      const seconds = phaseCount(state)
      if (targets.count.current) targets.count.current.textContent = String(seconds ?? '')
      const arc = targets.arc.current
      const phaseMs = state.breath ? state.step.phases?.[state.breath.phaseIndex]?.ms : undefined
      if (arc && seconds !== null && phaseMs) {
        // The arc shows the share of the phase still to come, in the same whole seconds.
        const share = Math.min(
          1,
          (seconds * 1000) / Math.max(1000, Math.ceil(phaseMs / 1000) * 1000),
        )
        arc.style.strokeDashoffset = String(ARC_LENGTH * (1 - share))
      }
      if (view.status !== 'running') return
      // Wake just after the next whole second of whichever figure is counting.
      const until = state.breath ? state.breath.phaseLeftMs : left
      const wait =
        state.totalLeftMs === null ? 1000 - (state.elapsedMs % 1000) : until % 1000 || 1000
      timer = window.setTimeout(draw, wakeDelay(wait))
    }
    draw()
    return () => window.clearTimeout(timer)
  }, [controller, targets, view.breathKey, view.stepIndex, view.status])
}
