import { useEffect, useMemo, useRef, type RefObject } from 'react'
import type { BreathPhase, PhaseKind } from '../../../electron/shared/practice/timeline'
import { cx } from '../styles/cx'
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
/** The dot layer is as large as the drawing, so a percentage of itself is a view-box unit. */
const place = (p: Point) =>
  `translate(${((p.x / SHAPE_SIZE) * 100).toFixed(2)}%, ${((p.y / SHAPE_SIZE) * 100).toFixed(2)}%)`

/**
 * How often the pacer moves, per second. Any running animation, even one the compositor runs,
 * makes Chromium produce a frame every 1/60 s in the page and the GPU process, and that was
 * most of the pacer's CPU cost. A breath is slow, so a timer places the pacer this often from
 * the session's monotonic clock instead: only these moments become frames, each a transform
 * change on its own layer (no layout, no paint), and the dot moves a few pixels at a time.
 */
export const PACER_FPS = 8

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
 * Places the pacer now and, while the breath moves, again every 1/PACER_FPS s. With reduced
 * motion it stays where the phase began: the countdown says how far along it is.
 */
function startMover(
  element: HTMLElement,
  controller: PlayerController,
  corners: readonly Point[] | null,
  running: boolean,
  paced: boolean,
  reduced: boolean,
): (() => void) | undefined {
  const put = () => {
    element.style.transform = transformAt(controller.state(), corners, paced, reduced)
  }
  put()
  if (reduced || !running || !paced) return undefined
  const timer = window.setInterval(put, 1000 / PACER_FPS)
  return () => window.clearInterval(timer)
}

function useMover(
  controller: PlayerController,
  mover: RefObject<HTMLDivElement | null>,
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
  const mover = useRef<HTMLDivElement>(null)
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
            <div ref={mover} className={cx(styles['pacer-dot-layer'], 'pacer-mover')}>
              <span className={cx(styles['pacer-dot'], paced && styles['pacing'])} />
            </div>
          </>
        ) : (
          <div ref={mover} className={cx(styles['pacer-circle'], 'pacer-circle', 'pacer-mover')} />
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
