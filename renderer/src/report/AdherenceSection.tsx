import type { Consistency } from '../../../electron/shared/report/consistency'
import type { ReportWeek } from '../../../electron/shared/report/report-types'
import { useT, useRich } from '../i18n/i18n-context'
import { useReportFormat } from './format'
import styles from './report.module.css'

/** The summary page has room for this many rows; a longer period is shown in longer blocks. */
const MAX_ROWS = 13

/** Consecutive 7-day blocks joined `per` at a time, so a year still fits on the summary page. */
function joinWeeks(weeks: readonly ReportWeek[], per: number): ReportWeek[] {
  const rows: ReportWeek[] = []
  for (let i = 0; i < weeks.length; i += per) {
    const part = weeks.slice(i, i + per)
    const sum = (pick: (w: ReportWeek) => number) => part.reduce((s, w) => s + pick(w), 0)
    rows.push({
      start: part[0]?.start ?? 0,
      days: sum((w) => w.days),
      practiceMinutes: sum((w) => w.practiceMinutes),
      sessions: sum((w) => w.sessions),
      breaksTaken: sum((w) => w.breaksTaken),
      breaksSkipped: sum((w) => w.breaksSkipped),
      longSittings: sum((w) => w.longSittings),
    })
  }
  return rows
}

export function AdherenceSection({
  weeks,
  consistency,
}: {
  weeks: readonly ReportWeek[]
  consistency: Consistency
}) {
  const { t } = useT()
  const rich = useRich()
  const format = useReportFormat()
  const total = (pick: (w: ReportWeek) => number) =>
    format.whole(weeks.reduce((s, w) => s + pick(w), 0))
  const per = Math.max(1, Math.ceil(weeks.length / MAX_ROWS))
  const rows = joinWeeks(weeks, per)
  return (
    <section aria-labelledby="report-adherence">
      <h2 id="report-adherence">{t('report.adherence.heading', { per })}</h2>
      <table aria-label={t('report.adherence.table')}>
        <thead>
          <tr>
            <th>{t('report.adherence.weekFrom', { per })}</th>
            <th className={styles['num']}>{t('report.adherence.practiceMinutes')}</th>
            <th className={styles['num']}>{t('report.adherence.sessions')}</th>
            <th className={styles['num']}>{t('report.adherence.breaksTaken')}</th>
            <th className={styles['num']}>{t('report.adherence.breaksSkipped')}</th>
            <th className={styles['num']}>{t('report.adherence.longSittings')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w) => (
            <tr key={w.start}>
              <td>
                {w.days < 7 * per
                  ? t('report.adherence.partialWeek', {
                      date: format.shortDay(w.start),
                      days: w.days,
                    })
                  : format.shortDay(w.start)}
              </td>
              <td className={styles['num']}>{format.whole(w.practiceMinutes)}</td>
              <td className={styles['num']}>{format.whole(w.sessions)}</td>
              <td className={styles['num']}>{format.whole(w.breaksTaken)}</td>
              <td className={styles['num']}>{format.whole(w.breaksSkipped)}</td>
              <td className={styles['num']}>{format.whole(w.longSittings)}</td>
            </tr>
          ))}
          <tr>
            <th>{t('report.adherence.total')}</th>
            <th className={styles['num']}>{total((w) => w.practiceMinutes)}</th>
            <th className={styles['num']}>{total((w) => w.sessions)}</th>
            <th className={styles['num']}>{total((w) => w.breaksTaken)}</th>
            <th className={styles['num']}>{total((w) => w.breaksSkipped)}</th>
            <th className={styles['num']}>{total((w) => w.longSittings)}</th>
          </tr>
        </tbody>
      </table>
      <p>
        {rich('report.adherence.target', {
          target: consistency.target,
          met: consistency.met,
          counted: consistency.counted,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <p className={styles['small']}>{t('report.adherence.note')}</p>
    </section>
  )
}
