import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react'
import { stateAt, type PracticeState } from '../../../electron/shared/practice/engine'
import type { BreathPhase, PhaseKind } from '../../../electron/shared/practice/timeline'
import { cx } from '../styles/cx'
import { nextMoveInMs, wakeDelay } from './pacer-pace'
import { pacerScale } from './pacer-scale'
import { pointAt, shapeCorners, shapeFor, shapePath, SHAPE_SIZE, type Point } from './pacer-shape'
import type { PlayerController, PlayerView } from './player-controller'
import styles from './pacer.module.css'

export const ARC_RADIUS = 26
export const ARC_LENGTH = 2 * Math.PI * ARC_RADIUS

interface BreathPacerProps {
  controller: PlayerController
  view: PlayerView
  /** The pattern the practice paces (its paced step's), also shown at rest on other steps. */
  phases: readonly BreathPhase[]
  /** False on a step of the practice that is not paced: the picture rests. */
  paced: boolean
  reduced: boolean
  label: string
  phase: PhaseKind | null
  /** The per-phase countdown, written once a second by the player's ticker. */
  count: RefObject<HTMLSpanElement | null>
  arc: RefObject<SVGCircleElement | null>
}

const scale = (value: number) => `scale(${value.toFixed(4)})`
/**
 * The dot is placed in container units of the stage (the drawing's box), so one unit is one
 * percent of the view box while the dot's own layer stays as small as the dot (a layer as
 * large as the drawing cost about 0.3% of a core more at 8 moves a second).
 */
const place = (p: Point) =>
  `translate(${((p.x / SHAPE_SIZE) * 100).toFixed(2)}cqw, ${((p.y / SHAPE_SIZE) * 100).toFixed(2)}cqh)`

/** The pacer's transform for a moment of the session. */
function transformAt(
  state: ReturnType<PlayerController['state']>,
  corners: readonly Point[] | null,
  paced: boolean,
  reduced: boolean,
): string {
  const breath = paced ? state.breath : null
  if (!corners) return scale(reduced ? 0.8 : pacerScale(state))
  if (!breath) return place(corners[0] ?? { x: 0, y: 0 })
  return place(pointAt(corners, breath.phaseIndex, breath.progress))
}

/**
 * Where the pacer is drawn at a moment of the session, in CSS pixels of its element (`width`
 * wide, unscaled): the dot's centre, or the circle's edge. Null when no breath is paced then.
 */
function pixelsAt(
  state: PracticeState,
  corners: readonly Point[] | null,
  width: number,
): Point | null {
  const breath = state.breath
  if (!breath) return null
  if (!corners) return { x: (pacerScale(state) * width) / 2, y: 0 }
  const point = pointAt(corners, breath.phaseIndex, breath.progress)
  const perUnit = width / SHAPE_SIZE
  return { x: point.x * perUnit, y: point.y * perUnit }
}

/**
 * Places the pacer now and, while the breath moves, again each time it has travelled a few
 * pixels (at most PACER_FPS times a second; see pacer-pace). With reduced motion it stays where
 * the phase began: the countdown says how far along it is.
 */
function startMover(
  element: HTMLElement,
  controller: PlayerController,
  corners: readonly Point[] | null,
  running: boolean,
  paced: boolean,
  reduced: boolean,
): (() => void) | undefined {
  const moving = !reduced && running && paced
  // Read once, before any write, so no move forces a style and layout pass of its own. The
  // dot travels over the drawing (its parent's box); the circle's edge is its own.
  const width = (corners ? element.parentElement : element)?.offsetWidth ?? 0
  let timer = 0
  const put = () => {
    const state = controller.state()
    element.style.transform = transformAt(state, corners, paced, reduced)
    const breath = state.breath
    if (!moving || !breath) return
    const at = (fromNowMs: number) =>
      pixelsAt(stateAt(controller.timeline, state.elapsedMs + fromNowMs), corners, width)
    timer = window.setTimeout(put, wakeDelay(nextMoveInMs(at, breath.phaseLeftMs)))
  }
  put()
  return moving ? () => window.clearTimeout(timer) : undefined
}

function useMover(
  controller: PlayerController,
  mover: RefObject<HTMLElement | null>,
  corners: readonly Point[] | null,
  view: PlayerView,
  paced: boolean,
  reduced: boolean,
): void {
  useEffect(() => {
    const element = mover.current
    if (!element) return
    return startMover(element, controller, corners, view.status === 'running', paced, reduced)
  }, [controller, mover, corners, view.breathKey, view.stepIndex, view.status, paced, reduced])
}

/**
 * The breath pacer: the pattern's picture with a dot travelling round it (or a circle that
 * grows and shrinks), and below it the phase's name and its countdown, arc and seconds. The
 * words sit beside the picture, never inside a shape that shrinks.
 */
export function BreathPacer(props: BreathPacerProps) {
  const { controller, view, phases, paced, reduced, label, phase, count, arc } = props
  const shape = shapeFor(phases)
  const corners = useMemo(() => (shape === 'circle' ? null : shapeCorners(phases)), [shape, phases])
  const mover = useRef<HTMLElement>(null)
  // The dot (a span) or the circle (a div): one stable callback fills the same ref for both.
  const setMover = useCallback((element: HTMLElement | null) => {
    mover.current = element
  }, [])
  useMover(controller, mover, corners, view, paced, reduced)
  const phaseIndex = paced ? (controller.state().breath?.phaseIndex ?? -1) : -1
  const from = corners?.[phaseIndex]
  const to = corners?.[phaseIndex + 1]

  return (
    <div className={styles['pacer']}>
      <div
        className={cx(styles['pacer-stage'], 'pacer-stage')}
        data-shape={shape}
        aria-hidden="true"
      >
        {corners ? (
          <>
            <svg className={styles['pacer-drawing']} viewBox={`0 0 ${SHAPE_SIZE} ${SHAPE_SIZE}`}>
              <path className={styles['pacer-track']} d={shapePath(corners)} />
              {from && to ? (
                <path
                  className={cx(styles['pacer-segment'], 'pacer-segment')}
                  d={shapePath([from, to])}
                />
              ) : null}
            </svg>
            <div className={styles['pacer-dot-layer']}>
              <span
                ref={setMover}
                className={cx(styles['pacer-dot'], paced && styles['pacing'], 'pacer-mover')}
              />
            </div>
          </>
        ) : (
          <div
            ref={setMover}
            className={cx(styles['pacer-circle'], 'pacer-circle', 'pacer-mover')}
          />
        )}
      </div>
      <div className={styles['pacer-words']}>
        <span className={cx(styles['phase-countdown'], !phase && styles['hidden'])}>
          <svg viewBox="0 0 64 64" aria-hidden="true">
            <circle className={styles['arc-track']} cx="32" cy="32" r={ARC_RADIUS} />
            <circle
              ref={arc}
              className={cx(styles['arc-fill'], 'phase-arc')}
              cx="32"
              cy="32"
              r={ARC_RADIUS}
              strokeDasharray={ARC_LENGTH}
              strokeDashoffset={0}
            />
          </svg>
          <span ref={count} className={cx(styles['pacer-count'], 'pacer-count')} />
        </span>
        <p className={cx(styles['pacer-label'], 'pacer-label')} data-phase={phase ?? 'none'}>
          {label}
        </p>
      </div>
    </div>
  )
}
