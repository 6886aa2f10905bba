import { EmptyState } from '../components/EmptyState'
import { ConsistencyNote } from './ConsistencyNote'
import { useLocale, useT } from '../i18n/i18n-context'
import { useSavedPracticeTitle } from '../i18n/saved-practice-title'
import { formatDuration, formatWhen } from './format'
import { StreakNote } from './StreakNote'
import { useRecentSessions } from './use-practice-data'
import styles from './practice.module.css'

/** The last few sessions, complete or not: partly finished practice counts too. */
export function RecentSessions() {
  const { items, loading, error } = useRecentSessions()
  const { t } = useT()
  const locale = useLocale()
  const savedTitle = useSavedPracticeTitle()
  const titleOf = (session: { practiceId: string; practiceTitle: string }) =>
    savedTitle(session.practiceId, session.practiceTitle)
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
