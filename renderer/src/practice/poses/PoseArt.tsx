import { cx } from '../../styles/cx'
import styles from './pose.module.css'
import { POSE_DRAWINGS, type PoseName } from './pose-drawings'

const HEAD_RADIUS = 14

/**
 * A pose drawn inline, so its colours follow the theme through CSS variables (no bright
 * tiles in dark mode). The right side is the left side mirrored.
 */
export function PoseArt({
  pose,
  label,
  mirrored,
}: {
  pose: PoseName
  label: string
  mirrored: boolean
}) {
  const drawing = POSE_DRAWINGS[pose]
  return (
    <svg
      className={cx(styles['pose'], mirrored && styles['mirrored'])}
      viewBox="0 0 240 180"
      role="img"
      aria-label={label}
      data-pose={pose}
    >
      <rect className={styles['pose-tile']} width="240" height="180" rx="18" />
      <ellipse className={styles['pose-shadow']} cx="120" cy="163" rx="80" ry="6" />
      {drawing.strokes.map((stroke, i) => (
        <path
          key={i}
          d={stroke.d}
          className={styles[`pose-${stroke.tone}`]}
          strokeWidth={stroke.width}
        />
      ))}
      <circle
        className={styles['pose-head']}
        cx={drawing.head.x}
        cy={drawing.head.y}
        r={HEAD_RADIUS}
      />
    </svg>
  )
}
