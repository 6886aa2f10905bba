import { TENSION_MAX, type HipRegion } from '../../../electron/shared/contract/log'
import styles from './log.module.css'

/** Simple shapes for each region on a front view (left half) and a back view (right half). */
export const REGION_SHAPES: Record<HipRegion, { cx: number; cy: number; rx: number; ry: number }> =
  {
    'right-front-hip': { cx: 42, cy: 46, rx: 13, ry: 9 },
    'left-front-hip': { cx: 98, cy: 46, rx: 13, ry: 9 },
    'right-groin': { cx: 56, cy: 72, rx: 9, ry: 11 },
    'left-groin': { cx: 84, cy: 72, rx: 9, ry: 11 },
    'pelvic-floor': { cx: 70, cy: 92, rx: 9, ry: 6 },
    'lower-back': { cx: 210, cy: 22, rx: 30, ry: 9 },
    sacrum: { cx: 210, cy: 50, rx: 11, ry: 13 },
    'left-buttock': { cx: 186, cy: 74, rx: 18, ry: 15 },
    'right-buttock': { cx: 234, cy: 74, rx: 18, ry: 15 },
  }

interface FigureProps {
  /** 0–10 per region; missing regions are drawn empty. */
  values: Partial<Record<HipRegion, number>>
  title: string
}

/**
 * A schematic pelvis, front and back. It is a picture only (the numbers live in the inputs or
 * the table beside it), so screen readers get its title and nothing else.
 */
export function BodyMapFigure({ values, title }: FigureProps) {
  return (
    <svg className={styles['body-map-figure']} viewBox="0 0 280 110" role="img" aria-label={title}>
      <text x="70" y="108" textAnchor="middle" className={styles['body-map-caption']}>
        front
      </text>
      <text x="210" y="108" textAnchor="middle" className={styles['body-map-caption']}>
        back
      </text>
      <path
        className={styles['body-map-outline']}
        d="M20 30 Q70 10 120 30 L110 70 Q70 110 30 70 Z"
      />
      <path className={styles['body-map-outline']} d="M160 10 L260 10 L255 80 Q210 105 165 80 Z" />
      {(Object.entries(REGION_SHAPES) as [HipRegion, (typeof REGION_SHAPES)[HipRegion]][]).map(
        ([region, shape]) => {
          const value = values[region]
          return (
            <ellipse
              key={region}
              {...shape}
              className={styles['body-map-region']}
              fillOpacity={value === undefined ? 0 : 0.12 + (value / TENSION_MAX) * 0.88}
            />
          )
        },
      )}
    </svg>
  )
}
