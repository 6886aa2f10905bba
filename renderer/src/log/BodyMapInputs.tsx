import {
  HIP_REGIONS,
  TENSION_MAX,
  TENSION_MIN,
  type HipRegion,
} from '../../../electron/shared/contract/log'
import { REGION_LABELS } from '../../../electron/shared/log/regions'
import { BodyMapFigure } from './body-map-figure'
import styles from './log.module.css'

/** Text per region as typed; empty means "not rated". */
export type RegionDraft = Partial<Record<HipRegion, string>>

interface BodyMapInputsProps {
  draft: RegionDraft
  onChange: (draft: RegionDraft) => void
  idPrefix: string
}

export function BodyMapInputs({ draft, onChange, idPrefix }: BodyMapInputsProps) {
  const shown: Partial<Record<HipRegion, number>> = {}
  for (const region of HIP_REGIONS) {
    const n = Number(draft[region])
    if (draft[region] && Number.isInteger(n) && n >= TENSION_MIN && n <= TENSION_MAX)
      shown[region] = n
  }
  return (
    <fieldset className={styles['body-map']}>
      <legend>
        Where do you feel it? (optional, each {TENSION_MIN}–{TENSION_MAX})
      </legend>
      <BodyMapFigure values={shown} title="Body map: darker areas are rated tighter" />
      <div className={styles['body-map-inputs']}>
        {HIP_REGIONS.map((region) => (
          <div key={region} className={styles['body-map-field']}>
            <label htmlFor={`${idPrefix}-${region}`}>{REGION_LABELS[region]}</label>
            <input
              id={`${idPrefix}-${region}`}
              type="number"
              min={TENSION_MIN}
              max={TENSION_MAX}
              step={1}
              inputMode="numeric"
              value={draft[region] ?? ''}
              onChange={(event) => onChange({ ...draft, [region]: event.target.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  )
}

/** Turns the typed regions into numbers, or names the first one off the scale. */
export function readRegions(
  draft: RegionDraft,
): { ok: true; regions: Partial<Record<HipRegion, number>> } | { ok: false; message: string } {
  const regions: Partial<Record<HipRegion, number>> = {}
  for (const region of HIP_REGIONS) {
    const text = (draft[region] ?? '').trim()
    if (text === '') continue
    const n = Number(text)
    if (!Number.isInteger(n) || n < TENSION_MIN || n > TENSION_MAX) {
      const scale = `${String(TENSION_MIN)} to ${String(TENSION_MAX)}`
      return { ok: false, message: `${REGION_LABELS[region]}: use a whole number from ${scale}.` }
    }
    regions[region] = n
  }
  return { ok: true, regions }
}
