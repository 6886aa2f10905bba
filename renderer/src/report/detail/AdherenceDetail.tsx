import type { Consistency } from '../../../../electron/shared/report/consistency'
import type { ReportWeek } from '../../../../electron/shared/report/report-types'
import { firstDayOfWeek } from '../../../../electron/shared/i18n/locales'
import { useLocale, useT } from '../../i18n/i18n-context'
import { useReportFormat } from '../format'
import styles from '../report.module.css'

/** Local midnight of a week's first day, from its key YYYY-MM-DD (a local date). */
function weekStartOfKey(key: string): number {
  const [y, m, d] = key.split('-').map(Number)
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime()
}

/**
 * The weekday the calendar weeks start on: that of the first week main counted (so the column
 * names the weeks as counted), else the locale's first day of the week. 1 January 2024 was a
 * Monday, so ISO day n is 2024-01-n.
 */
function firstWeekday(firstKey: string | undefined, formatLocale: string): number {
  return firstKey === undefined
    ? new Date(2024, 0, firstDayOfWeek(formatLocale)).getTime()
    : weekStartOfKey(firstKey)
}

const WIDTH = 640
const HEIGHT = 130
const PAD = { left: 28, right: 8, top: 8, bottom: 18 }

/** One black bar per 7-day block, labelled with its first day: a dose over the period at a glance. */
function WeekBars({
  weeks,
  pick,
  label,
}: {
  weeks: readonly ReportWeek[]
  pick: (week: ReportWeek) => number
  label: string
}) {
  const format = useReportFormat()
  const most = Math.max(1, ...weeks.map(pick))
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, weeks.length)
  // Room for about 13 date labels: a longer period labels every few bars.
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 13))
  const y = (v: number) => PAD.top + (1 - v / most) * (HEIGHT - PAD.top - PAD.bottom)
  return (
    <svg viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="img" aria-label={label}>
      {[0, most].map((tick) => (
        <text key={tick} x={PAD.left - 4} y={y(tick) + 3} textAnchor="end" fontSize="9">
          {format.whole(tick)}
        </text>
      ))}
      <line
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={y(0)}
        y2={y(0)}
        stroke="#000"
        strokeWidth="0.5"
      />
      {weeks.map((w, i) => (
        <g key={w.start}>
          <rect
            x={PAD.left + i * slot + slot * 0.15}
            y={y(pick(w))}
            width={slot * 0.7}
            height={y(0) - y(pick(w))}
            fill="#000"
          />
          {i % labelEvery === 0 ? (
            <text x={PAD.left + (i + 0.5) * slot} y={HEIGHT - 4} textAnchor="middle" fontSize="8">
              {format.shortDay(w.start)}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  )
}

/** Practice dose and long sittings per block, and every calendar week against the weekly target. */
export function AdherenceDetail({
  weeks,
  consistency,
}: {
  weeks: readonly ReportWeek[]
  consistency: Consistency
}) {
  const { t } = useT()
  const locale = useLocale()
  const format = useReportFormat()
  const weekday = format.weekday(firstWeekday(consistency.weeks[0]?.start, locale.format))
  return (
    <section aria-labelledby="detail-adherence">
      <h2 id="detail-adherence">{t('report.detail.adherence.practiceChart')}</h2>
      <WeekBars
        weeks={weeks}
        pick={(w) => w.practiceMinutes}
        label={t('report.detail.adherence.practiceChart')}
      />
      <h2>{t('report.detail.adherence.sittingChart')}</h2>
      <WeekBars
        weeks={weeks}
        pick={(w) => w.longSittings}
        label={t('report.detail.adherence.sittingChart')}
      />
      <h2>{t('report.detail.adherence.weeksHeading')}</h2>
      <table aria-label={t('report.detail.adherence.weeksHeading')}>
        <thead>
          <tr>
            <th>{t('report.detail.adherence.weekColumn', { weekday })}</th>
            <th className={styles['num']}>{t('report.detail.adherence.practiceDays')}</th>
            <th className={styles['num']}>
              {t('report.detail.adherence.targetColumn', { target: consistency.target })}
            </th>
          </tr>
        </thead>
        <tbody>
          {consistency.weeks.map((w) => (
            <tr key={w.start}>
              <td>{format.shortDay(weekStartOfKey(w.start))}</td>
              <td className={styles['num']}>{format.whole(w.practiceDays)}</td>
              <td className={styles['num']}>
                {t('report.detail.adherence.state', {
                  state: w.met ? 'met' : w.underWay ? 'underWay' : 'open',
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles['small']}>{t('report.detail.adherence.note')}</p>
    </section>
  )
}
