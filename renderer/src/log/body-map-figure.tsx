import type { HipRegion } from '../../../electron/shared/contract/log'
import {
  BODY_MAP_VIEWBOX,
  BodyMapBackdrop,
  REGION_ORDER,
  REGION_SHAPES,
  shapeProps,
} from './body-map-shapes'
import { useT } from '../i18n/i18n-context'
import { tensionColour } from './tension-colour'
import mapStyles from './body-map.module.css'
import styles from './log.module.css'

interface FigureProps {
  /** 0–10 per region; missing regions are drawn empty. */
  values: Partial<Record<HipRegion, number>>
  title: string
}

/**
 * The hip-and-pelvis drawing as a picture only (Insights' averages): the numbers live in the
 * table beside it, so screen readers get its title and nothing else.
 */
export function BodyMapFigure({ values, title }: FigureProps) {
  const t = useT()
  return (
    <svg
      className={styles['body-map-figure']}
      viewBox={BODY_MAP_VIEWBOX}
      role="img"
      aria-label={title}
    >
      <BodyMapBackdrop
        classes={{
          body: mapStyles['body'] ?? '',
          line: mapStyles['line'] ?? '',
          caption: mapStyles['caption'] ?? '',
        }}
        t={t}
      />
      {REGION_ORDER.map((region) => {
        const value = values[region]
        return (
          <path
            key={region}
            {...shapeProps(REGION_SHAPES[region])}
            className={mapStyles['static-region']}
            style={value === undefined ? undefined : { fill: tensionColour(value) }}
            fillOpacity={value === undefined ? 0 : 1}
          />
        )
      })}
    </svg>
  )
}
