import { REGION_LABELS } from '../../../../electron/shared/log/regions'
import type { ReportStop } from '../../../../electron/shared/report/report-types'
import { shortDay } from '../format'
import styles from '../report.module.css'

export function regionList(regions: readonly string[]): string {
  const labels: Partial<Record<string, string>> = REGION_LABELS
  return regions.length === 0 ? 'not said' : regions.map((r) => labels[r] ?? r).join(', ')
}

/** Every practice stopped for pain or discomfort: when, which practice and step, where, note. */
export function StopsDetail({ stops }: { stops: readonly ReportStop[] }) {
  const movement = stops.filter((s) => s.movement)
  return (
    <section aria-labelledby="detail-stops">
      <h2 id="detail-stops">Adverse events: practices stopped for pain or discomfort</h2>
      {stops.length === 0 ? (
        <p>None reported in this period.</p>
      ) : (
        <>
          <p>
            Movement steps stopped for pain or discomfort: <strong>{movement.length}</strong>
            {movement.length > 0
              ? ` (${[...new Set(movement.map((s) => s.stepText))].join('; ')})`
              : ''}
            .
          </p>
          <table aria-label="Practices stopped for pain or discomfort">
            <thead>
              <tr>
                <th>Date</th>
                <th>Practice</th>
                <th>Step</th>
                <th>Reason</th>
                <th>Where</th>
              </tr>
            </thead>
            <tbody>
              {stops.map((s) => (
                <tr key={s.sessionId}>
                  <td>{shortDay(s.startedAt)}</td>
                  <td>{s.practiceTitle}</td>
                  <td>
                    {s.stepIndex + 1}. {s.stepText}
                    {s.movement ? ' (movement)' : ''}
                  </td>
                  <td>{s.reason}</td>
                  <td>{regionList(s.regions)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {stops.some((s) => s.note) ? (
            <ul className={styles['factors']} aria-label="Notes">
              {stops
                .filter((s) => s.note)
                .map((s) => (
                  <li key={s.sessionId}>
                    {shortDay(s.startedAt)}, {s.practiceTitle}: “{s.note}”
                  </li>
                ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  )
}
