import {
  RECORD_KIND_LABELS,
  RECORD_KINDS,
  type ImportSummary,
} from '../../../electron/shared/log/transfer-types'
import styles from './log.module.css'

/** What an import would do, kind by kind, before the user confirms. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  return (
    <table className={styles['import-summary']}>
      <caption>What this {summary.format.toUpperCase()} file would add</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">New</th>
          <th scope="col">Already in Loosen (skipped)</th>
        </tr>
      </thead>
      <tbody>
        {RECORD_KINDS.map((kind) => (
          <tr key={kind}>
            <th scope="row">{RECORD_KIND_LABELS[kind]}</th>
            <td>{summary.added[kind]}</td>
            <td>{summary.skipped[kind]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
