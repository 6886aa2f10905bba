import type { HipRegion } from '../../../electron/shared/contract/log'
import type { Translator } from '../../../electron/shared/i18n/translator'

/**
 * Loosen's hip-and-pelvis drawing: the lower trunk and upper thighs from the front (left
 * figure) and from behind (right figure), in one 360×232 viewBox. Facing us, the person's
 * right side is on our left; from behind, their left is on our left.
 */
export const BODY_MAP_VIEWBOX = '0 0 360 232'
const BACK_X = 190

const SILHOUETTE =
  'M45 20 C43 46 26 64 24 92 C22 128 30 168 36 210 L78 210 C80 184 82 164 85 146 ' +
  'C88 164 90 184 92 210 L134 210 C140 168 148 128 146 92 C144 64 127 46 125 20 Q85 28 45 20 Z'

type Shape =
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; rotate?: number }
  | { kind: 'path'; d: string; cx: number; cy: number }

/** Where each region is, in the same ids as stored ratings. */
export const REGION_SHAPES: Record<HipRegion, Shape> = {
  'right-front-hip': { kind: 'ellipse', cx: 47, cy: 74, rx: 17, ry: 15 },
  'left-front-hip': { kind: 'ellipse', cx: 123, cy: 74, rx: 17, ry: 15 },
  'right-groin': { kind: 'ellipse', cx: 66, cy: 114, rx: 19, ry: 10, rotate: 50 },
  'left-groin': { kind: 'ellipse', cx: 104, cy: 114, rx: 19, ry: 10, rotate: -50 },
  'pelvic-floor': { kind: 'ellipse', cx: 85, cy: 140, rx: 10, ry: 9 },
  'lower-back': { kind: 'ellipse', cx: BACK_X + 85, cy: 38, rx: 32, ry: 13 },
  sacrum: {
    kind: 'path',
    d: `M${BACK_X + 70} 58 Q${BACK_X + 85} 54 ${BACK_X + 100} 58 L${BACK_X + 88} 98 Q${BACK_X + 85} 102 ${BACK_X + 82} 98 Z`,
    cx: BACK_X + 85,
    cy: 72,
  },
  'left-buttock': { kind: 'ellipse', cx: BACK_X + 58, cy: 122, rx: 25, ry: 26 },
  'right-buttock': { kind: 'ellipse', cx: BACK_X + 112, cy: 122, rx: 25, ry: 26 },
}

/** Left to right across the picture, front then back: the order arrow keys move in. */
export const REGION_ORDER: readonly HipRegion[] = [
  'right-front-hip',
  'right-groin',
  'pelvic-floor',
  'left-groin',
  'left-front-hip',
  'left-buttock',
  'lower-back',
  'sacrum',
  'right-buttock',
]

/** Which picture a region is on, for its accessible name. */
export function regionView(region: HipRegion): 'front' | 'back' {
  return REGION_SHAPES[region].cx >= BACK_X ? 'back' : 'front'
}

export function shapeProps(shape: Shape) {
  if (shape.kind === 'path') return { d: shape.d }
  const { cx, cy, rx, ry, rotate } = shape
  // An ellipse as a path, so every region is the same element type and takes the same styles.
  const d = `M${String(cx - rx)} ${String(cy)} a${String(rx)} ${String(ry)} 0 1 0 ${String(2 * rx)} 0 a${String(rx)} ${String(ry)} 0 1 0 ${String(-2 * rx)} 0 Z`
  return rotate ? { d, transform: `rotate(${String(rotate)} ${String(cx)} ${String(cy)})` } : { d }
}

interface BackdropClasses {
  body: string
  line: string
  caption: string
}

/** The two silhouettes with their soft anatomical lines and the side labels. */
export function BodyMapBackdrop({ classes, t }: { classes: BackdropClasses; t: Translator }) {
  return (
    <g aria-hidden="true">
      <text x="85" y="11" textAnchor="middle" className={classes.caption}>
        {t.t('log.bodyMap.front')}
      </text>
      <text x={BACK_X + 85} y="11" textAnchor="middle" className={classes.caption}>
        {t.t('log.bodyMap.back')}
      </text>
      <path className={classes.body} d={SILHOUETTE} />
      <path className={classes.body} d={SILHOUETTE} transform={`translate(${String(BACK_X)} 0)`} />
      {/* Front: navel and the creases where the thighs meet the trunk. */}
      <circle className={classes.line} cx="85" cy="44" r="2" />
      <path className={classes.line} d="M36 94 Q60 112 80 138 M134 94 Q110 112 90 138" />
      {/* Back: the spine, the cleft and the folds under the buttocks. */}
      <g transform={`translate(${String(BACK_X)} 0)`}>
        <path className={classes.line} d="M85 22 L85 52 M85 100 L85 146" />
        <path className={classes.line} d="M36 152 Q60 164 82 152 M134 152 Q110 164 88 152" />
      </g>
      <text x="34" y="226" textAnchor="middle" className={classes.caption}>
        {t.t('log.bodyMap.yourRight')}
      </text>
      <text x="136" y="226" textAnchor="middle" className={classes.caption}>
        {t.t('log.bodyMap.yourLeft')}
      </text>
      <text x={BACK_X + 34} y="226" textAnchor="middle" className={classes.caption}>
        {t.t('log.bodyMap.yourLeft')}
      </text>
      <text x={BACK_X + 136} y="226" textAnchor="middle" className={classes.caption}>
        {t.t('log.bodyMap.yourRight')}
      </text>
    </g>
  )
}
