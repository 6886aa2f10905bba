import {
  ENOUGH_RATED_SESSIONS,
  type PracticeInsight,
} from '../../../electron/shared/log/insights-types'
import { cx } from '../styles/cx'
import { BeforeAfter } from './BeforeAfter'
import { formatChange, formatNumber, formatShare } from './format'
import { TableToggle } from './TableToggle'
import styles from './insights.module.css'

/** Below ENOUGH_RATED_SESSIONS, shares like "100%" from two sessions would say too much. */
function enough(p: PracticeInsight): boolean {
  return p.rated >= ENOUGH_RATED_SESSIONS && p.averageBefore !== null && p.averageAfter !== null
}

function Summary({ p }: { p: PracticeInsight }) {
  if (!enough(p)) {
    return (
      <p className={cx(styles['practice-note'], styles['practice-note-wide'])}>
        Too few sessions yet: {p.rated} of {ENOUGH_RATED_SESSIONS} rated before and after.
      </p>
    )
  }
  return (
    <p className={styles['practice-note']}>
      {formatNumber(p.averageBefore)} → {formatNumber(p.averageAfter)} on average over {p.rated}{' '}
      rated sessions; {formatShare(p.meaningfulShare)} with a drop of 2 points or 30%.
    </p>
  )
}

/** How the self-ratings before and after each practice compare, practice by practice. */
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
          <ul className={styles['practice-list']}>
            {practices.map((p) => (
              <li
                key={p.practiceId}
                className={styles['practice-row']}
                data-practice={p.practiceId}
              >
                <div>
                  <h3 className={styles['practice-title']}>{p.title}</h3>
                  <span className={styles['practice-count']}>
                    {p.sessions} session{p.sessions === 1 ? '' : 's'}
                  </span>
                </div>
                {enough(p) ? (
                  <BeforeAfter before={p.averageBefore ?? 0} after={p.averageAfter ?? 0} />
                ) : null}
                <Summary p={p} />
              </li>
            ))}
          </ul>
          <p className="form-hint">
            Practices with at least {ENOUGH_RATED_SESSIONS} sessions rated before and after come
            first, the largest average drop first. How you rated before and after is a pattern in
            your own ratings, not proof of what a practice does. A drop of 2 points or 30% of the
            before rating, and the minimal 1 point or 15%, are cut-offs borrowed from pain research
            (Farrar et al. 2001; Salaffi et al. 2004), never tested for hip tension.
          </p>
          <TableToggle label="practices">
            <div className={styles['table-scroll']}>
              <table className={styles['data-table']}>
                <caption>Practice sessions and the self-ratings before and after</caption>
                <thead>
                  <tr>
                    <th scope="col">Practice</th>
                    <th scope="col">Sessions</th>
                    <th scope="col">Rated before and after</th>
                    <th scope="col">Average change</th>
                    <th scope="col">Drop of 2 points or 30%</th>
                    <th scope="col">Drop of 1 point or 15%</th>
                  </tr>
                </thead>
                <tbody>
                  {practices.map((p) => (
                    <tr key={p.practiceId}>
                      <th scope="row">{p.title}</th>
                      <td>{p.sessions}</td>
                      <td>{p.rated}</td>
                      <td>{formatChange(p.averageChange)}</td>
                      <td>{enough(p) ? formatShare(p.meaningfulShare) : 'too few sessions yet'}</td>
                      <td>{enough(p) ? formatShare(p.minimalShare) : 'too few sessions yet'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </TableToggle>
        </>
      )}
    </section>
  )
}
