import type { PracticeInsight } from '../../../electron/shared/log/insights-types'
import { formatChange, formatShare } from './format'
import styles from './insights.module.css'

/** Which practices seem to help: change from the before to the after self-rating. */
export function PracticeSection({ practices }: { practices: PracticeInsight[] | null }) {
  return (
    <section className={styles['insights-card']} aria-labelledby="practice-title">
      <h2 id="practice-title">What seems to help</h2>
      {practices === null || practices.length === 0 ? (
        <p className={styles['sparse-note']}>
          No practice sessions in this period. Rate your hips before and after a practice (one tap
          each in the player) and each practice will show how your self-ratings before and after it
          compare.
        </p>
      ) : (
        <>
          <table className={styles['data-table']}>
            <caption>Practice sessions and the change in self-rating from before to after</caption>
            <thead>
              <tr>
                <th scope="col">Practice</th>
                <th scope="col">Sessions</th>
                <th scope="col">Rated before and after</th>
                <th scope="col">Average change</th>
                <th scope="col">Meaningful drop</th>
                <th scope="col">At least minimal drop</th>
              </tr>
            </thead>
            <tbody>
              {practices.map((p) => (
                <tr key={p.practiceId}>
                  <th scope="row">{p.title}</th>
                  <td>{p.sessions}</td>
                  <td>{p.rated}</td>
                  <td>{formatChange(p.averageChange)}</td>
                  <td>{formatShare(p.meaningfulShare)}</td>
                  <td>{formatShare(p.minimalShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="form-hint">
            A meaningful drop is at least 2 points or 30% of the before rating; the minimal change
            is 1 point or 15%. These cut-offs are borrowed from pain research (Farrar et al. 2001;
            Salaffi et al. 2004) and were never tested for hip tension, so treat them as a rough
            guide to your own self-ratings.
          </p>
        </>
      )}
    </section>
  )
}
