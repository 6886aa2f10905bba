import { REGION_LABELS } from '../../../../electron/shared/log/regions'
import type { ReportRegion } from '../../../../electron/shared/report/report-types'
import { oneDecimal } from '../format'
import styles from '../report.module.css'

const WIDTH = 640
const ROW = 18
const LABEL = 150
const RIGHT = 40

function regionLabel(region: string): string {
  const labels: Partial<Record<string, string>> = REGION_LABELS
  return labels[region] ?? region
}

/** Every body-map region rated in the period: a bar per region (vector, black) and the table. */
export function RegionsDetail({ regions }: { regions: readonly ReportRegion[] }) {
  const height = regions.length * ROW + 16
  const x = (value: number) => LABEL + (value / 10) * (WIDTH - LABEL - RIGHT)
  return (
    <section aria-labelledby="detail-regions">
      <h2 id="detail-regions">Body-map regions</h2>
      {regions.length === 0 ? (
        <p>No body-map regions were rated in this period.</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
            role="img"
            aria-label="Average self-rating per body-map region, 0 to 10"
          >
            {[0, 5, 10].map((t) => (
              <g key={t}>
                <line
                  x1={x(t)}
                  x2={x(t)}
                  y1={0}
                  y2={height - 12}
                  stroke="#999"
                  strokeWidth="0.5"
                  strokeDasharray="2 2"
                />
                <text x={x(t)} y={height - 2} textAnchor="middle" fontSize="9">
                  {t}
                </text>
              </g>
            ))}
            {regions.map((r, i) => (
              <g key={r.region}>
                <text x={LABEL - 6} y={i * ROW + 12} textAnchor="end" fontSize="9">
                  {regionLabel(r.region)}
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
          <table aria-label="Every body-map region">
            <thead>
              <tr>
                <th>Region</th>
                <th className={styles['num']}>Average (0–10)</th>
                <th className={styles['num']}>Times rated</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.region}>
                  <td>{regionLabel(r.region)}</td>
                  <td className={styles['num']}>{oneDecimal(r.mean)}</td>
                  <td className={styles['num']}>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
