import { EmptyState } from '../components/EmptyState'
import { ConsistencyNote } from './ConsistencyNote'
import { formatDuration, formatWhen } from './format'
import { StreakNote } from './StreakNote'
import { useRecentSessions } from './use-practice-data'
import styles from './practice.module.css'

/** The last few sessions, complete or not: partly finished practice counts too. */
export function RecentSessions() {
  const { items, loading, error } = useRecentSessions()
  if (error) {
    return (
      <p role="alert" className="form-error">
        Recent sessions could not be loaded: {error}
      </p>
    )
  }
  if (loading) return null
  if (items.length === 0) {
    return (
      <EmptyState title="No sessions yet">
        <p>Sessions you finish, or stop part-way, will be listed here.</p>
      </EmptyState>
    )
  }
  return (
    <section aria-labelledby="recent-title" className={styles['recent-sessions']}>
      <h2 id="recent-title">Recent sessions</h2>
      <ConsistencyNote />
      <StreakNote />
      <ul>
        {items.map((session) => (
          <li key={session.id}>
            <strong>{session.practiceTitle}</strong>{' '}
            <span>
              {formatDuration(session.actualMs)}
              {session.status === 'completed'
                ? ', completed'
                : session.plannedMs
                  ? ` of ${formatDuration(session.plannedMs)}, partly done`
                  : ', stopped'}
            </span>{' '}
            <time className={styles['hint']} dateTime={new Date(session.startedAt).toISOString()}>
              {formatWhen(session.startedAt)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  )
}
