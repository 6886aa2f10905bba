import type { ReportStop } from '../../../electron/shared/report/report-types'
import styles from './report.module.css'

function times(n: number): string {
  return n === 1 ? 'once' : `${String(n)} times`
}

/** The summary's adverse-events domain: how often a practice was stopped for pain or discomfort. */
export function AdverseEventsSection({ stops }: { stops: readonly ReportStop[] }) {
  const pain = stops.filter((s) => s.reason === 'pain').length
  const movement = stops.filter((s) => s.movement).length
  return (
    <section aria-labelledby="report-adverse">
      <h2 id="report-adverse">Adverse events</h2>
      {stops.length === 0 ? (
        <p>No practice was stopped for pain or discomfort in this period.</p>
      ) : (
        <p>
          Practice stopped for pain or discomfort <strong>{times(stops.length)}</strong> (pain{' '}
          {pain}, discomfort {stops.length - pain}); {movement} of them on a movement step. Listed
          in the detail pages.
        </p>
      )}
      <p className={styles['small']}>
        Asked, skippably, on stopping early; unanswered stops are not counted.
      </p>
    </section>
  )
}
