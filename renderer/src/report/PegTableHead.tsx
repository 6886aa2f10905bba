import { useT } from '../i18n/i18n-context'
import styles from './report.module.css'

/** The PEG table's columns, the same in the summary and on the detail page. */
export function PegTableHead() {
  const { t } = useT()
  return (
    <thead>
      <tr>
        <th>{t('report.table.date')}</th>
        <th className={styles['num']}>{t('report.peg.pain')}</th>
        <th className={styles['num']}>{t('report.peg.enjoyment')}</th>
        <th className={styles['num']}>{t('report.peg.activity')}</th>
        <th className={styles['num']}>{t('report.peg.score')}</th>
      </tr>
    </thead>
  )
}
