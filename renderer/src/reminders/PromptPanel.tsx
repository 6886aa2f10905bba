import type {
  FollowedCounts,
  PromptReport,
  PromptSuggestion,
} from '../../../electron/shared/contract/reminders'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { useT } from '../i18n/i18n-context'
import { englishText, minutesText } from './format'
import styles from './reminders.module.css'

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)

// An hour of the day as a row name: "09:00", the same in every language.
const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`

function followedText(c: FollowedCounts, t: Translator['t']): string {
  return t('reminders.prompts.followed', {
    within1: share(c.within1, c.prompts),
    within3: share(c.within3, c.prompts),
    within5: share(c.within5, c.prompts),
  })
}

/** Worded as what went together, never as what caused what; the choice stays the user's. */
export function suggestionText(s: PromptSuggestion, text: Translator = englishText): string {
  if (s.kind === 'interval') {
    return text.t('reminders.prompts.suggestion.interval', {
      basedOn: s.basedOn,
      suggestedMin: s.suggestedMin,
      currentMin: s.currentMin,
    })
  }
  return text.t('reminders.prompts.suggestion.hour', {
    hour: hourText(s.hour),
    rate: s.basedOn === 0 ? 0 : s.rate,
    basedOn: s.basedOn,
    overall: s.overallRate,
  })
}

export function PromptPanel({ report }: { report: PromptReport }) {
  const text = useT()
  const { t, locale } = text
  const { overall } = report
  const percent = new Intl.NumberFormat(locale.format, { style: 'percent' })
  return (
    <section aria-labelledby="reminders-prompts">
      <h2 id="reminders-prompts">{t('reminders.prompts.heading')}</h2>
      {overall.prompts === 0 ? (
        <p className={styles['reminders-hint']}>{t('reminders.prompts.none')}</p>
      ) : (
        <>
          <p>
            {t('reminders.prompts.count', { count: overall.prompts })} {followedText(overall, t)}
          </p>
          {report.suggestion ? (
            <p className={styles['reminders-suggestion']}>
              {suggestionText(report.suggestion, text)}
            </p>
          ) : null}
          <table className={styles['reminders-week']}>
            <caption>{t('reminders.prompts.byHour.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reminders.prompts.byHour.hour')}</th>
                <th scope="col">{t('reminders.prompts.byHour.reminders')}</th>
                <th scope="col">{t('reminders.prompts.byHour.within5')}</th>
              </tr>
            </thead>
            <tbody>
              {report.byHour.map((h) => (
                <tr key={h.hour}>
                  <th scope="row">{hourText(h.hour)}</th>
                  <td>{h.prompts}</td>
                  <td>{percent.format(share(h.within5, h.prompts))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {report.meanWaitMs !== null ? (
        <p className={styles['reminders-hint']}>
          {t('reminders.prompts.meanWait', { seconds: Math.round(report.meanWaitMs / 1000) })}
        </p>
      ) : null}
      <h3>{t('reminders.prompts.bouts.heading')}</h3>
      {report.bouts.every((d) => d.longestMs === 0) ? (
        <p className={styles['reminders-hint']}>{t('reminders.prompts.bouts.none')}</p>
      ) : (
        <ul className={styles['reminders-bouts']}>
          {report.bouts.map((d) => {
            const day = new Date(d.dayStart).toLocaleDateString(locale.format, {
              weekday: 'short',
              day: 'numeric',
            })
            return (
              <li key={d.date}>
                {d.longestMs > 0
                  ? t('reminders.prompts.bouts.dayLongest', {
                      day,
                      count: d.over30,
                      duration: minutesText(d.longestMs, text),
                    })
                  : t('reminders.prompts.bouts.day', { day, count: d.over30 })}
              </li>
            )
          })}
        </ul>
      )}
      <p className={styles['reminders-hint']}>{t('reminders.prompts.notCauses')}</p>
    </section>
  )
}
