import { useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { TENSION_MAX, TENSION_MIN, type HipRegion } from '../../../electron/shared/contract/log'
import { useT } from '../i18n/i18n-context'
import { regionName } from './format'
import {
  BODY_MAP_VIEWBOX,
  BodyMapBackdrop,
  REGION_ORDER,
  REGION_SHAPES,
  regionView,
  shapeProps,
} from './body-map-shapes'
import { digitValue, tensionWords, type DigitMemory } from './digit-keys'
import { tensionColour } from './tension-colour'
import styles from './body-map.module.css'

export type RegionValues = Partial<Record<HipRegion, number>>

/** A click adds this much; past 10 the region is cleared again. */
export const CLICK_STEP = 2

/** What a click does to a region: unrated → 2 → 4 → … → 10 → unrated. */
export function nextOnClick(value: number | undefined): number | undefined {
  if (value === undefined) return CLICK_STEP
  if (value >= TENSION_MAX) return undefined
  return Math.min(TENSION_MAX, value + CLICK_STEP)
}

interface BodyMapProps {
  values: RegionValues
  onChange: (values: RegionValues) => void
  idPrefix: string
}

/**
 * The clickable hip-and-pelvis map. Each region is a vertical slider, and the whole map is one
 * Tab stop: ← and → move between regions (left to right across the picture), ↑ and ↓ or the
 * number keys set how tense it is ("1" then "0" for 10), Delete or Backspace clears it.
 * A click steps a region up by 2 and clears it after 10. The list below says what is chosen.
 */
export function BodyMap({ values, onChange, idPrefix }: BodyMapProps) {
  const [current, setCurrent] = useState<HipRegion>(REGION_ORDER[0] ?? 'sacrum')
  const digits = useRef<DigitMemory>({ last: null })
  const svg = useRef<SVGSVGElement>(null)
  const t = useT()

  function set(region: HipRegion, value: number | undefined) {
    const others = Object.entries(values).filter(([key]) => key !== region)
    const kept =
      value === undefined ? [] : [[region, Math.max(TENSION_MIN, Math.min(TENSION_MAX, value))]]
    onChange(Object.fromEntries([...others, ...kept]) as RegionValues)
  }

  function focusRegion(region: HipRegion) {
    setCurrent(region)
    svg.current?.querySelector<SVGElement>(`[data-region="${region}"]`)?.focus()
  }

  function onKeyDown(event: KeyboardEvent<SVGPathElement>, region: HipRegion) {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const at = REGION_ORDER.indexOf(region)
    const value = values[region]
    const key = event.key
    if (key === 'ArrowRight' || key === 'ArrowLeft') {
      const step = key === 'ArrowRight' ? 1 : -1
      const to = REGION_ORDER[(at + step + REGION_ORDER.length) % REGION_ORDER.length]
      if (to) focusRegion(to)
    } else if (key === 'Home' || key === 'End') {
      const to = key === 'Home' ? REGION_ORDER[0] : REGION_ORDER[REGION_ORDER.length - 1]
      if (to) focusRegion(to)
    } else if (key === 'ArrowUp' || key === '+') set(region, value === undefined ? 1 : value + 1)
    else if (key === 'ArrowDown' || key === '-') set(region, value === undefined ? 0 : value - 1)
    else if (key === 'Delete' || key === 'Backspace') set(region, undefined)
    else if (key === ' ') set(region, nextOnClick(value))
    else {
      const typed = digitValue(key, digits.current)
      if (typed === null) return
      set(region, typed)
    }
    event.preventDefault()
  }

  const chosen = REGION_ORDER.filter((region) => values[region] !== undefined)
  const hintId = `${idPrefix}-map-hint`
  return (
    <fieldset className={styles['body-map']}>
      <legend>{t.t('log.bodyMap.legend')}</legend>
      <p className="form-hint" id={hintId}>
        {t.t('log.bodyMap.hint', { step: CLICK_STEP, max: TENSION_MAX })}
      </p>
      <svg
        ref={svg}
        className={styles['figure']}
        viewBox={BODY_MAP_VIEWBOX}
        role="group"
        aria-label={t.t('log.bodyMap.label')}
      >
        <BodyMapBackdrop
          classes={{
            body: styles['body'] ?? '',
            line: styles['line'] ?? '',
            caption: styles['caption'] ?? '',
          }}
          t={t}
        />
        {REGION_ORDER.map((region) => {
          const value = values[region]
          const shape = REGION_SHAPES[region]
          return (
            <g key={region}>
              <path
                {...shapeProps(shape)}
                data-region={region}
                className={styles['region']}
                data-rated={value === undefined ? undefined : true}
                style={value === undefined ? undefined : { fill: tensionColour(value) }}
                role="slider"
                tabIndex={region === current ? 0 : -1}
                aria-label={t.t('log.bodyMap.regionName', {
                  region: regionName(t, region),
                  view: regionView(region),
                })}
                aria-orientation="vertical"
                aria-valuemin={TENSION_MIN}
                aria-valuemax={TENSION_MAX}
                aria-valuenow={value ?? TENSION_MIN}
                aria-valuetext={
                  value === undefined ? t.t('log.bodyMap.notRated') : tensionWords(t, value)
                }
                aria-describedby={hintId}
                onFocus={() => setCurrent(region)}
                onClick={() => {
                  focusRegion(region)
                  set(region, nextOnClick(value))
                }}
                onKeyDown={(event) => onKeyDown(event, region)}
              >
                {/* The name on hover, for a pointer user who cannot yet tell which is which. */}
                <title>{regionName(t, region)}</title>
              </path>
              {value === undefined ? null : (
                <text
                  x={shape.cx}
                  y={shape.cy}
                  className={styles['value']}
                  textAnchor="middle"
                  dominantBaseline="central"
                  aria-hidden="true"
                >
                  {value}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <div className={styles['chosen']}>
        <p className={styles['chosen-title']} id={`${idPrefix}-chosen`}>
          {t.t('log.bodyMap.chosenTitle')}
        </p>
        {chosen.length === 0 ? (
          <p className="muted">{t.t('log.bodyMap.noneYet')}</p>
        ) : (
          <ul aria-labelledby={`${idPrefix}-chosen`}>
            {chosen.map((region) => (
              <li key={region}>
                <span
                  className={styles['swatch']}
                  style={{ background: tensionColour(values[region] ?? 0) }}
                  aria-hidden="true"
                />
                {t.t('log.bodyMap.chosenItem', {
                  region: regionName(t, region),
                  value: tensionWords(t, values[region] ?? 0),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  )
}
