import type { Checkin } from '../../../electron/shared/contract/checkins'
import {
  pegChangeSentence,
  summarizeGlobalChange,
  summarizePeg,
} from '../../../electron/shared/checkins/summary'
import { useT, useRich } from '../i18n/i18n-context'
import { useReportFormat } from './format'
import { PegTableHead } from './PegTableHead'
import styles from './report.module.css'

export function CheckinSection({ checkins }: { checkins: readonly Checkin[] }) {
  const translator = useT()
  const { t } = translator
  const rich = useRich()
  const format = useReportFormat()
  const pegs = checkins.filter((c) => c.instrument === 'peg' && c.status === 'answered')
  const peg = summarizePeg(checkins)
  const sentence = pegChangeSentence(peg, translator)
  const meaningful = peg.change === 'moderate' || peg.change === 'substantial'
  const change = summarizeGlobalChange(checkins)
  // The first answer is the baseline every change is read against; then the most recent.
  const shown = pegs.length > 6 ? [...pegs.slice(0, 1), ...pegs.slice(-5)] : pegs
  return (
    <section aria-labelledby="report-peg">
      <h2 id="report-peg">{t('report.peg.heading')}</h2>
      {pegs.length === 0 ? (
        <p>{t('report.peg.none')}</p>
      ) : (
        <table aria-label={t('report.peg.table')}>
          <PegTableHead />
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <td>{format.shortDay(c.takenAt)}</td>
                {c.answers.map((a, i) => (
                  <td key={i} className={styles['num']}>
                    {format.whole(a)}
                  </td>
                ))}
                <td className={styles['num']}>{format.oneDecimal(c.score ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pegs.length > 6 ? (
        <p className={styles['small']}>
          {t('report.peg.shown', { last: shown.length - 1, total: pegs.length })}
        </p>
      ) : null}
      {sentence ? (
        <p>
          {t('report.peg.change', { sentence })}{' '}
          {meaningful ? (
            <span className={styles['flag']}>{t('report.peg.meaningfulFlag')}</span>
          ) : null}
        </p>
      ) : null}
      <h2>{t('report.overall.heading')}</h2>
      {change.latest ? (
        <p>
          {rich('report.overall.latest', {
            date: format.dayLabel(change.latest.takenAt),
            answer: t(change.latest.labelKey),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
          {change.latest.meaningful ? (
            <span className={styles['flag']}> {t('report.overall.meaningfulFlag')}</span>
          ) : null}
          {change.count > 1 ? ` ${t('report.overall.count', { count: change.count })}` : ''}
        </p>
      ) : (
        <p>{t('report.overall.none')}</p>
      )}
      <p className={styles['small']}>{t('report.overall.note')}</p>
    </section>
  )
}
