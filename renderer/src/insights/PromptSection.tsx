import { useMemo } from 'react'
import type { FollowedCounts, RangePromptReport } from '../../../electron/shared/contract/reminders'
import { useT, useRich } from '../i18n/i18n-context'
import { promptFormat, share } from './prompt-format'
import { TableToggle } from './TableToggle'
import styles from './insights.module.css'

function usePromptFormat() {
  const t = useT()
  return useMemo(() => promptFormat(t), [t])
}

function FollowedLine({ counts }: { counts: FollowedCounts }) {
  const format = usePromptFormat()
  const rich = useRich()
  return (
    <ul className={styles['followed-shares']}>
      {([1, 3, 5] as const).map((m) => (
        <li key={m} data-within={m}>
          {rich('insights.prompts.within', {
            strong: (chunks) => <strong>{chunks}</strong>,
            share: format.pct(counts[`within${String(m)}` as keyof FollowedCounts], counts.prompts),
            minutes: m,
          })}
        </li>
      ))}
    </ul>
  )
}

/** Share followed within 5 minutes per hour of day, as bars on the one 0–100% scale. */
function ByHour({ report }: { report: RangePromptReport }) {
  const t = useT()
  const format = usePromptFormat()
  return (
    <figure className={styles['tension-bars']}>
      <figcaption>{t.t('insights.prompts.byHour.caption')}</figcaption>
      <ul>
        {report.byHour.map((h) => (
          <li key={h.hour} className={styles['bar-row']} data-hour={h.hour}>
            <span className={styles['bar-label']}>{format.hour(h.hour)}</span>
            <span className={styles['bar-track']} aria-hidden="true">
              <span
                className={styles['bar-fill']}
                style={{ width: `${String(share(h.within5, h.prompts) * 100)}%` }}
              />
            </span>
            <span className={styles['bar-value']}>
              {t.t('insights.prompts.byHour.value', {
                share: format.pct(h.within5, h.prompts),
                count: h.prompts,
              })}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}

function HourTable({ report }: { report: RangePromptReport }) {
  const t = useT()
  const format = usePromptFormat()
  const count = new Intl.NumberFormat(t.locale.format)
  return (
    <div className={styles['table-scroll']}>
      <table className={styles['data-table']}>
        <caption>{t.t('insights.prompts.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t.t('insights.prompts.table.hour')}</th>
            <th scope="col">{t.t('insights.prompts.table.reminders')}</th>
            <th scope="col">{t.t('insights.prompts.table.within1')}</th>
            <th scope="col">{t.t('insights.prompts.table.within3')}</th>
            <th scope="col">{t.t('insights.prompts.table.within5')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byHour.map((h) => (
            <tr key={h.hour}>
              <th scope="row">{format.hour(h.hour)}</th>
              <td>{count.format(h.prompts)}</td>
              <td>{format.pct(h.within1, h.prompts)}</td>
              <td>{format.pct(h.within3, h.prompts)}</td>
              <td>{format.pct(h.within5, h.prompts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Bouts({ report }: { report: RangePromptReport }) {
  const t = useT()
  const format = usePromptFormat()
  const { sittingDays, over30, longest } = report.bouts
  if (sittingDays === 0 || !longest) {
    return (
      <p className={styles['sparse-note']}>
        {t.t('insights.prompts.bouts.none', { period: format.period(report.range) })}
      </p>
    )
  }
  const perDay = new Intl.NumberFormat(t.locale.format, { maximumFractionDigits: 1 }).format(
    over30 / sittingDays,
  )
  return (
    <p data-testid="prompt-bouts">
      {over30 === 0
        ? t.t('insights.prompts.bouts.noneOver', { days: sittingDays })
        : t.t('insights.prompts.bouts.over', { count: over30, days: sittingDays, perDay })}{' '}
      {t.t('insights.prompts.bouts.longest', {
        length: format.length(longest.ms),
        date: format.date(longest.date),
      })}
    </p>
  )
}

/**
 * How often a break followed a reminder, by hour, and long sitting, over the chosen range.
 * Read from Loosen's own records; worded as what went together, never as what reminders did.
 */
export function PromptSection({
  report,
  error,
}: {
  report: RangePromptReport | null
  error: string | null
}) {
  const t = useT()
  const format = usePromptFormat()
  return (
    <section className={styles['insights-card']} aria-labelledby="prompts-title">
      <h2 id="prompts-title">{t.t('insights.prompts.heading')}</h2>
      {error ? (
        <p className="form-error">{error}</p>
      ) : !report ? (
        <p>{t.t('insights.prompts.loading')}</p>
      ) : (
        <>
          {report.overall.prompts === 0 ? (
            <p className={styles['sparse-note']}>
              {t.t('insights.prompts.none', { period: format.period(report.range) })}
            </p>
          ) : (
            <>
              <p>
                {t.t('insights.prompts.overall', {
                  count: report.overall.prompts,
                  period: format.period(report.range),
                })}
              </p>
              <FollowedLine counts={report.overall} />
              <ByHour report={report} />
              <TableToggle
                showLabel={t.t('insights.prompts.showTable')}
                hideLabel={t.t('insights.prompts.hideTable')}
              >
                <HourTable report={report} />
              </TableToggle>
            </>
          )}
          <h3 className={styles['prompt-subtitle']}>{t.t('insights.prompts.bouts.heading')}</h3>
          <Bouts report={report} />
          {report.overall.prompts === 0 && report.bouts.sittingDays === 0 ? null : (
            <p className={styles['sparse-note']}>{t.t('insights.prompts.caution')}</p>
          )}
        </>
      )}
    </section>
  )
}
