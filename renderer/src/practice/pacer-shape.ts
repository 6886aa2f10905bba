import type { BreathPhase } from '../../../electron/shared/practice/timeline'

/**
 * Which picture paces a breath pattern: box breathing traces a square, a pattern with holds
 * draws its own in/hold/out profile (4-7-8), and a plain in/out breath is a growing circle.
 */
export type PacerShape = 'box' | 'profile' | 'circle'

export interface Point {
  x: number
  y: number
}

/** The drawing's coordinates: a 200 × 200 view box. */
export const SHAPE_SIZE = 200
const LOW = 160
const HIGH = 40
const TOP_UP_AT = 64
const LEFT = 20
const RIGHT = 180

export function shapeFor(phases: readonly BreathPhase[]): PacerShape {
  const kinds = phases.map((phase) => phase.kind).join(' ')
  if (kinds === 'inhale hold-in exhale hold-out') return 'box'
  if (phases.some((phase) => phase.kind === 'hold-in' || phase.kind === 'hold-out'))
    return 'profile'
  return 'circle'
}

/** Box breathing: up the left side, across the top, down the right, back along the bottom. */
const BOX: Point[] = [
  { x: 40, y: LOW },
  { x: 40, y: HIGH },
  { x: 160, y: HIGH },
  { x: 160, y: LOW },
  { x: 40, y: LOW },
]

/**
 * The corners the pacer's dot passes, one more than there are phases: phase i runs from
 * corner i to corner i + 1. A profile spreads the phases across by their length, rising for
 * the in-breath, level while holding, falling for the out-breath.
 */
export function shapeCorners(phases: readonly BreathPhase[]): Point[] {
  if (shapeFor(phases) === 'box') return BOX
  const cycleMs = phases.reduce((sum, phase) => sum + phase.ms, 0) || 1
  let at = 0
  let y = LOW
  const corners: Point[] = [{ x: LEFT, y }]
  for (const phase of phases) {
    at += phase.ms
    if (phase.kind === 'inhale') y = phases.some((p) => p.kind === 'top-up') ? TOP_UP_AT : HIGH
    else if (phase.kind === 'top-up') y = HIGH
    else if (phase.kind === 'exhale') y = LOW
    corners.push({ x: LEFT + ((RIGHT - LEFT) * at) / cycleMs, y })
  }
  return corners
}

/** The outline as an SVG path. */
export function shapePath(corners: readonly Point[]): string {
  return corners.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y}`).join(' ')
}

/** Where the dot is `progress` (0–1) of the way through phase `index`. */
export function pointAt(corners: readonly Point[], index: number, progress: number): Point {
  const from = corners[index] ?? corners[0] ?? { x: 0, y: 0 }
  const to = corners[index + 1] ?? from
  const p = Math.min(1, Math.max(0, progress))
  return { x: from.x + (to.x - from.x) * p, y: from.y + (to.y - from.y) * p }
}
