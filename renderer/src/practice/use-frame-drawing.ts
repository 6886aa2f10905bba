import { useEffect, type RefObject } from 'react'
import { formatClock } from './format'
import { PACER_EASING, pacerScale, phaseCount, phaseEndScale } from './pacer-scale'
import type { PlayerController, PlayerView } from './player-controller'

export interface FrameTargets {
  pacer: RefObject<HTMLDivElement | null>
  count: RefObject<HTMLSpanElement | null>
  timeLeft: RefObject<HTMLSpanElement | null>
  ring: RefObject<SVGCircleElement | null>
}

export const RING_LENGTH = 2 * Math.PI * 46

const scale = (value: number) => `scale(${value.toFixed(4)})`

function animatePacer(
  element: HTMLDivElement,
  controller: PlayerController,
  running: boolean,
  reduced: boolean,
): (() => void) | undefined {
  const state = controller.state()
  const from = reduced ? 0.8 : pacerScale(state)
  element.style.transform = scale(from)
  if (reduced || !running || !state.breath) return undefined
  const to = scale(phaseEndScale(state))
  if (typeof element.animate !== 'function') {
    element.style.transform = to
    return undefined
  }
  const animation = element.animate([{ transform: scale(from) }, { transform: to }], {
    duration: state.breath.phaseLeftMs,
    easing: PACER_EASING,
    fill: 'forwards',
  })
  return () => animation.cancel()
}

/**
 * Moves the pacer with one compositor animation per breath phase: the engine says where the
 * phase starts and ends and how long is left, and the browser animates the transform off the
 * main thread. Nothing runs per frame, and React re-renders only when the phase changes.
 */
function usePacerAnimation(
  controller: PlayerController,
  pacer: RefObject<HTMLDivElement | null>,
  view: PlayerView,
  reduced: boolean,
): void {
  useEffect(() => {
    const element = pacer.current
    if (!element) return
    return animatePacer(element, controller, view.status === 'running', reduced)
  }, [controller, pacer, view.breathKey, view.stepIndex, view.status, reduced])
}

/**
 * The words that tick: time left, the ring, and the gentle count. They change once a second,
 * so they are written straight to the DOM on a timer aligned to the next whole second.
 */
function useTicker(
  controller: PlayerController,
  targets: FrameTargets,
  view: PlayerView,
  reduced: boolean,
) {
  useEffect(() => {
    let timer = 0
    const draw = () => {
      const state = controller.state()
      const left = state.totalLeftMs ?? state.elapsedMs
      if (targets.timeLeft.current) targets.timeLeft.current.textContent = formatClock(left)
      const total = controller.timeline.totalMs
      const ring = targets.ring.current
      if (ring && total)
        ring.style.strokeDashoffset = String(RING_LENGTH * (1 - state.elapsedMs / total))
      const count = targets.count.current
      if (count) count.textContent = reduced ? String(phaseCount(state) ?? '') : ''
      if (view.status !== 'running') return
      // Wake just after the next whole second of whichever figure is counting.
      const until = state.breath ? state.breath.phaseLeftMs : left
      const wait =
        state.totalLeftMs === null ? 1000 - (state.elapsedMs % 1000) : until % 1000 || 1000
      timer = window.setTimeout(draw, wait + 5)
    }
    draw()
    return () => window.clearTimeout(timer)
  }, [controller, targets, view.breathKey, view.stepIndex, view.status, reduced])
}

export function useFrameDrawing(
  controller: PlayerController,
  targets: FrameTargets,
  reduced: boolean,
  view: PlayerView,
): void {
  usePacerAnimation(controller, targets.pacer, view, reduced)
  useTicker(controller, targets, view, reduced)
}
