import { RECORD_KINDS, type ImportSummary } from '../../../electron/shared/log/transfer-types'
import { useT } from '../i18n/i18n-context'
import { RECORD_KIND_MESSAGE_IDS } from './record-kinds'
import styles from './log.module.css'

/** What an import would do, kind by kind, before the user confirms. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const t = useT()
  const number = new Intl.NumberFormat(t.locale.format)
  return (
    <table className={styles['import-summary']}>
      <caption>
        {t.t('log.import.summary.caption', { format: summary.format.toUpperCase() })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.t('log.import.summary.records')}</th>
          <th scope="col">{t.t('log.import.summary.new')}</th>
          <th scope="col">{t.t('log.import.summary.skipped')}</th>
        </tr>
      </thead>
      <tbody>
        {RECORD_KINDS.map((kind) => (
          <tr key={kind}>
            <th scope="row">{t.t(RECORD_KIND_MESSAGE_IDS[kind].heading)}</th>
            <td>{number.format(summary.added[kind])}</td>
            <td>{number.format(summary.skipped[kind])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
