import type { SittingInsight, TensionBucket } from '../../../electron/shared/log/insights-types'
import { useT } from '../i18n/i18n-context'
import { useInsightsFormat } from './format'
import { bandName } from './sitting-bands'
import { TableToggle } from './TableToggle'
import styles from './insights.module.css'

/**
 * Average check-in per band of days, as bars on the one 0–10 self-rating scale. Sitting hours
 * and breaks name the bands instead of getting an axis of their own: two y-axes on one chart
 * invite reading any two lines that move together as cause and effect.
 */
function TensionBars({ title, buckets }: { title: string; buckets: TensionBucket[] }) {
  const t = useT()
  const format = useInsightsFormat()
  return (
    <figure className={styles['tension-bars']}>
      <figcaption>{title}</figcaption>
      <ul>
        {buckets.map((b) => (
          <li key={b.label} className={styles['bar-row']} data-band={b.label}>
            <span className={styles['bar-label']}>{bandName(t, b.label)}</span>
            <span className={styles['bar-track']} aria-hidden="true">
              {b.tension === null ? null : (
                <span
                  className={styles['bar-fill']}
                  style={{ width: `${String(b.tension * 10)}%` }}
                />
              )}
            </span>
            <span className={styles['bar-value']}>
              {b.tension === null
                ? t.t('insights.sitting.noCheckins', { days: b.days })
                : t.t('insights.sitting.bandValue', {
                    tension: format.number(b.tension),
                    days: b.days,
                  })}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}

/** Tension beside active sitting time and breaks actually taken, from the reminder records. */
export function SittingSection({ sitting }: { sitting: SittingInsight | null }) {
  const t = useT()
  const format = useInsightsFormat()
  const count = new Intl.NumberFormat(t.locale.format)
  return (
    <section className={styles['insights-card']} aria-labelledby="sitting-title">
      <h2 id="sitting-title">{t.t('insights.sitting.heading')}</h2>
      {!sitting || sitting.days.length === 0 ? (
        <p className={styles['sparse-note']}>{t.t('insights.sitting.none')}</p>
      ) : (
        <>
          <p>{t.t('insights.sitting.intro')}</p>
          <div className={styles['bucket-tables']}>
            <TensionBars title={t.t('insights.sitting.bySitting')} buckets={sitting.bySitting} />
            <TensionBars title={t.t('insights.sitting.byBreaks')} buckets={sitting.byBreaks} />
          </div>
          <TableToggle
            showLabel={t.t('insights.sitting.showTable')}
            hideLabel={t.t('insights.sitting.hideTable')}
          >
            <div className={styles['table-scroll']}>
              <table className={styles['data-table']}>
                <caption>{t.t('insights.sitting.caption', { days: sitting.bucketDays })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.t('insights.sitting.col.date')}</th>
                    <th scope="col">{t.t('insights.sitting.col.minutes')}</th>
                    <th scope="col">{t.t('insights.sitting.col.breaks')}</th>
                    <th scope="col">{t.t('insights.sitting.col.average')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...sitting.days].reverse().map((d) => (
                    <tr key={d.day}>
                      <th scope="row">{format.day(d.day, sitting.bucketDays)}</th>
                      <td>{count.format(d.sittingMin)}</td>
                      <td>
                        {Number.isInteger(d.breaks)
                          ? count.format(d.breaks)
                          : format.number(d.breaks)}
                      </td>
                      <td>{format.number(d.tension)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </TableToggle>
          <p className="form-hint">{t.t('insights.sitting.hint')}</p>
        </>
      )}
    </section>
  )
}
