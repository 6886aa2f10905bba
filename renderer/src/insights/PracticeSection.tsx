import {
  ENOUGH_RATED_SESSIONS,
  type PracticeInsight,
} from '../../../electron/shared/log/insights-types'
import { useT } from '../i18n/i18n-context'
import { useSavedPracticeTitle } from '../i18n/saved-practice-title'
import { cx } from '../styles/cx'
import { BeforeAfter } from './BeforeAfter'
import { useInsightsFormat } from './format'
import { TableToggle } from './TableToggle'
import styles from './insights.module.css'

/** Below ENOUGH_RATED_SESSIONS, shares like "100%" from two sessions would say too much. */
function enough(p: PracticeInsight): boolean {
  return p.rated >= ENOUGH_RATED_SESSIONS && p.averageBefore !== null && p.averageAfter !== null
}

function Summary({ p }: { p: PracticeInsight }) {
  const t = useT()
  const format = useInsightsFormat()
  if (!enough(p)) {
    return (
      <p className={cx(styles['practice-note'], styles['practice-note-wide'])}>
        {t.t('insights.practice.tooFew', { rated: p.rated, needed: ENOUGH_RATED_SESSIONS })}
      </p>
    )
  }
  return (
    <p className={styles['practice-note']}>
      {t.t('insights.practice.summary', {
        before: format.number(p.averageBefore),
        after: format.number(p.averageAfter),
        rated: p.rated,
        share: format.share(p.meaningfulShare),
      })}
    </p>
  )
}

/** How the self-ratings before and after each practice compare, practice by practice. */
export function PracticeSection({ practices }: { practices: PracticeInsight[] | null }) {
  const t = useT()
  const format = useInsightsFormat()
  const count = new Intl.NumberFormat(t.locale.format)
  const tooFew = t.t('insights.practice.tooFewCell')
  const titleOf = useSavedPracticeTitle()
  return (
    <section className={styles['insights-card']} aria-labelledby="practice-title">
      <h2 id="practice-title">{t.t('insights.practice.heading')}</h2>
      {practices === null || practices.length === 0 ? (
        <p className={styles['sparse-note']}>{t.t('insights.practice.none')}</p>
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
                  <h3 className={styles['practice-title']}>{titleOf(p.practiceId, p.title)}</h3>
                  <span className={styles['practice-count']}>
                    {t.t('insights.practice.sessions', { count: p.sessions })}
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
            {t.t('insights.practice.hint', { needed: ENOUGH_RATED_SESSIONS })}
          </p>
          <TableToggle
            showLabel={t.t('insights.practice.showTable')}
            hideLabel={t.t('insights.practice.hideTable')}
          >
            <div className={styles['table-scroll']}>
              <table className={styles['data-table']}>
                <caption>{t.t('insights.practice.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.t('insights.practice.col.practice')}</th>
                    <th scope="col">{t.t('insights.practice.col.sessions')}</th>
                    <th scope="col">{t.t('insights.practice.col.rated')}</th>
                    <th scope="col">{t.t('insights.practice.col.change')}</th>
                    <th scope="col">{t.t('insights.practice.col.meaningful')}</th>
                    <th scope="col">{t.t('insights.practice.col.minimal')}</th>
                  </tr>
                </thead>
                <tbody>
                  {practices.map((p) => (
                    <tr key={p.practiceId}>
                      <th scope="row">{titleOf(p.practiceId, p.title)}</th>
                      <td>{count.format(p.sessions)}</td>
                      <td>{count.format(p.rated)}</td>
                      <td>{format.change(p.averageChange)}</td>
                      <td>{enough(p) ? format.share(p.meaningfulShare) : tooFew}</td>
                      <td>{enough(p) ? format.share(p.minimalShare) : tooFew}</td>
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
