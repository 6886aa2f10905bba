import type { ReportRegion } from '../../../../electron/shared/report/report-types'
import { useT } from '../../i18n/i18n-context'
import { useReportFormat } from '../format'
import { regionName } from '../region-name'
import styles from '../report.module.css'

const WIDTH = 640
const ROW = 18
const LABEL = 150
const RIGHT = 40

/** Every body-map region rated in the period: a bar per region (vector, black) and the table. */
export function RegionsDetail({ regions }: { regions: readonly ReportRegion[] }) {
  const { t } = useT()
  const format = useReportFormat()
  const height = regions.length * ROW + 16
  const x = (value: number) => LABEL + (value / 10) * (WIDTH - LABEL - RIGHT)
  return (
    <section aria-labelledby="detail-regions">
      <h2 id="detail-regions">{t('report.detail.regions.heading')}</h2>
      {regions.length === 0 ? (
        <p>{t('report.detail.regions.none')}</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
            role="img"
            aria-label={t('report.detail.regions.chart')}
          >
            {[0, 5, 10].map((tick) => (
              <g key={tick}>
                <line
                  x1={x(tick)}
                  x2={x(tick)}
                  y1={0}
                  y2={height - 12}
                  stroke="#999"
                  strokeWidth="0.5"
                  strokeDasharray="2 2"
                />
                <text x={x(tick)} y={height - 2} textAnchor="middle" fontSize="9">
                  {format.whole(tick)}
                </text>
              </g>
            ))}
            {regions.map((r, i) => (
              <g key={r.region}>
                <text x={LABEL - 6} y={i * ROW + 12} textAnchor="end" fontSize="9">
                  {regionName(t, r.region)}
                </text>
                <rect
                  x={LABEL}
                  y={i * ROW + 3}
                  width={Math.max(0.5, x(r.mean) - LABEL)}
                  height={ROW - 7}
                  fill="#000"
                />
              </g>
            ))}
          </svg>
          <table aria-label={t('report.detail.regions.table')}>
            <thead>
              <tr>
                <th>{t('report.table.region')}</th>
                <th className={styles['num']}>{t('report.table.average')}</th>
                <th className={styles['num']}>{t('report.table.timesRated')}</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.region}>
                  <td>{regionName(t, r.region)}</td>
                  <td className={styles['num']}>{format.oneDecimal(r.mean)}</td>
                  <td className={styles['num']}>{format.whole(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
