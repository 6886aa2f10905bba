import { EmptyState } from '../components/EmptyState'
import { ConsistencyNote } from './ConsistencyNote'
import { useLocale, useT } from '../i18n/i18n-context'
import { formatDuration, formatWhen } from './format'
import { findBuiltIn } from './library'
import { StreakNote } from './StreakNote'
import { useRecentSessions } from './use-practice-data'
import styles from './practice.module.css'

/** The last few sessions, complete or not: partly finished practice counts too. */
export function RecentSessions() {
  const { items, loading, error } = useRecentSessions()
  const { t, plain } = useT()
  const locale = useLocale()
  // A built-in practice saved under its English title reads in the chosen language; a custom
  // practice's name, or a title saved in another language, stays as it was saved.
  const titleOf = (session: { practiceId: string; practiceTitle: string }) =>
    findBuiltIn(session.practiceId)?.title === session.practiceTitle
      ? plain(`script.${session.practiceId}.title`, session.practiceTitle)
      : session.practiceTitle
  if (error) {
    return (
      <p role="alert" className="form-error">
        {t('practice.recent.loadError', { reason: error })}
      </p>
    )
  }
  if (loading) return null
  if (items.length === 0) {
    return (
      <EmptyState title={t('practice.recent.emptyTitle')}>
        <p>{t('practice.recent.emptyText')}</p>
      </EmptyState>
    )
  }
  return (
    <section aria-labelledby="recent-title" className={styles['recent-sessions']}>
      <h2 id="recent-title">{t('practice.recent.heading')}</h2>
      <ConsistencyNote />
      <StreakNote />
      <ul>
        {items.map((session) => (
          <li key={session.id}>
            <strong>{titleOf(session)}</strong>{' '}
            <span>
              {t('practice.recent.session', {
                practised: formatDuration(t, session.actualMs),
                status:
                  session.status === 'completed'
                    ? 'completed'
                    : session.plannedMs
                      ? 'partly'
                      : 'stopped',
                planned: session.plannedMs ? formatDuration(t, session.plannedMs) : '',
              })}
            </span>{' '}
            <time className={styles['hint']} dateTime={new Date(session.startedAt).toISOString()}>
              {formatWhen(locale.format, session.startedAt)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  )
}
