import type { RegionInsight } from '../../../electron/shared/log/insights-types'
import type { HipRegion } from '../../../electron/shared/contract/log'
import { REGION_LABELS } from '../../../electron/shared/log/regions'
import { BodyMapFigure } from '../log/body-map-figure'
import styles from './insights.module.css'

/** Which regions carry the tension: a shaded body map and the same numbers as a table. */
export function RegionSection({ regions }: { regions: RegionInsight[] }) {
  const values: Partial<Record<HipRegion, number>> = {}
  for (const r of regions) values[r.region] = r.average
  return (
    <section className={styles['insights-card']} aria-labelledby="region-title">
      <h2 id="region-title">Where the tension sits</h2>
      {regions.length === 0 ? (
        <p className={styles['sparse-note']}>
          No body-map ratings in this period. When you log, open “Time, body map, note and tags” and
          rate the areas you feel; this map will shade the ones that carry the most.
        </p>
      ) : (
        <div className={styles['region-view']}>
          <BodyMapFigure
            values={values}
            title="Body map of average tension per region; the table has the numbers"
          />
          <table className={styles['data-table']}>
            <caption>Average self-rating per region, highest first</caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">Average</th>
                <th scope="col">Times rated</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.region}>
                  <th scope="row">{REGION_LABELS[r.region]}</th>
                  <td>{r.average.toFixed(1)}</td>
                  <td>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
