import { useT } from '../i18n/i18n-context'
import type { WeekGlance } from './week'
import { useTodayFormat } from './use-today-format'
import styles from './today.module.css'

/** Counts and self-ratings only: what the person reported, never a verdict on it. */
export function WeekCard({ glance }: { glance: WeekGlance | null }) {
  const { t } = useT()
  const format = useTodayFormat()
  const averageLine = (week: 'this' | 'last', figures: WeekGlance['thisWeek']) =>
    t('today.week.average', {
      week,
      count: figures.count,
      average: figures.average === null ? '' : format.oneDecimal(figures.average),
    })
  const empty =
    glance !== null &&
    glance.daysPractised === 0 &&
    glance.thisWeek.count === 0 &&
    glance.lastWeek.count === 0
  return (
    <section className="card" aria-labelledby="today-week">
      <h2 id="today-week">{t('today.week.heading')}</h2>
      {glance === null ? (
        <p className="muted">{t('today.week.loading')}</p>
      ) : empty ? (
        <p className="muted">{t('today.week.empty')}</p>
      ) : (
        <>
          <p className={styles['big']}>
            {glance.daysPractised === 0
              ? t('today.week.noPractice')
              : t('today.week.practised', { days: glance.daysPractised })}
          </p>
          <p className="muted">{t('today.week.averagesLabel')}</p>
          <ul className={styles['averages']}>
            <li>{averageLine('this', glance.thisWeek)}</li>
            <li>{averageLine('last', glance.lastWeek)}</li>
          </ul>
        </>
      )}
    </section>
  )
}
