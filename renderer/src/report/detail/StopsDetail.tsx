import type { ReportStop } from '../../../../electron/shared/report/report-types'
import { useLocale, useT, useRich } from '../../i18n/i18n-context'
import { useReportFormat } from '../format'
import { yesNo } from '../named'
import { regionName } from '../region-name'
import styles from '../report.module.css'

/** Every practice stopped for pain or discomfort: when, which practice and step, where, note. */
export function StopsDetail({ stops }: { stops: readonly ReportStop[] }) {
  const { t } = useT()
  const rich = useRich()
  const locale = useLocale()
  const format = useReportFormat()
  // "Left groin, Sacrum / SI joint": a plain list, as the locale joins one.
  const list = new Intl.ListFormat(locale.format, { type: 'unit', style: 'short' })
  const regionList = (regions: readonly string[]) =>
    regions.length === 0
      ? t('report.detail.stops.notSaid')
      : list.format(regions.map((r) => regionName(t, r)))
  const movement = stops.filter((s) => s.movement)
  const steps = [...new Set(movement.map((s) => s.stepText))]
  return (
    <section aria-labelledby="detail-stops">
      <h2 id="detail-stops">{t('report.detail.stops.heading')}</h2>
      {stops.length === 0 ? (
        <p>{t('report.detail.stops.none')}</p>
      ) : (
        <>
          <p>
            {rich('report.detail.stops.movement', {
              count: movement.length,
              // Step texts as recorded, joined with semicolons (a step may hold a comma).
              steps: steps.join('; '),
              hasSteps: yesNo(steps.length > 0),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <table aria-label={t('report.detail.stops.table')}>
            <thead>
              <tr>
                <th>{t('report.table.date')}</th>
                <th>{t('report.detail.stops.practice')}</th>
                <th>{t('report.detail.stops.step')}</th>
                <th>{t('report.detail.stops.reason')}</th>
                <th>{t('report.detail.stops.where')}</th>
              </tr>
            </thead>
            <tbody>
              {stops.map((s) => (
                <tr key={s.sessionId}>
                  <td>{format.shortDay(s.startedAt)}</td>
                  <td>{s.practiceTitle}</td>
                  <td>
                    {t('report.detail.stops.stepCell', {
                      number: s.stepIndex + 1,
                      step: s.stepText,
                      movement: yesNo(s.movement),
                    })}
                  </td>
                  <td>{t('report.detail.stops.reasonCell', { reason: s.reason })}</td>
                  <td>{regionList(s.regions)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {stops.some((s) => s.note) ? (
            <ul className={styles['factors']} aria-label={t('report.detail.stops.notes')}>
              {stops
                .filter((s) => s.note)
                .map((s) => (
                  <li key={s.sessionId}>
                    {t('report.detail.stops.note', {
                      date: format.shortDay(s.startedAt),
                      practice: s.practiceTitle,
                      note: s.note,
                    })}
                  </li>
                ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  )
}
