import type { RegionInsight } from '../../../electron/shared/log/insights-types'
import type { HipRegion } from '../../../electron/shared/contract/log'
import { useT } from '../i18n/i18n-context'
import { BodyMapFigure } from '../log/body-map-figure'
import { regionName } from '../log/format'
import { useInsightsFormat } from './format'
import styles from './insights.module.css'

/** Which regions carry the tension: a shaded body map and the same numbers as a table. */
export function RegionSection({ regions }: { regions: RegionInsight[] }) {
  const t = useT()
  const format = useInsightsFormat()
  const count = new Intl.NumberFormat(t.locale.format)
  const values: Partial<Record<HipRegion, number>> = {}
  for (const r of regions) values[r.region] = r.average
  return (
    <section className={styles['insights-card']} aria-labelledby="region-title">
      <h2 id="region-title">{t.t('insights.regions.heading')}</h2>
      {regions.length === 0 ? (
        <p className={styles['sparse-note']}>
          {t.t('insights.regions.none', { details: t.t('log.form.details') })}
        </p>
      ) : (
        <div className={styles['region-view']}>
          <BodyMapFigure values={values} title={t.t('insights.regions.figure')} />
          <table className={styles['data-table']}>
            <caption>{t.t('insights.regions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('insights.regions.region')}</th>
                <th scope="col">{t.t('insights.regions.average')}</th>
                <th scope="col">{t.t('insights.regions.count')}</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.region}>
                  <th scope="row">{regionName(t, r.region)}</th>
                  <td>{format.number(r.average)}</td>
                  <td>{count.format(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
