import type { ReportData } from '../../../../electron/shared/report/report-types'
import { localDayLabel, oneDecimal } from '../format'
import { TensionChart } from '../TensionChart'
import styles from '../report.module.css'
import { weeklyTension } from './weekly-tension'

const dash = (value: number | null) => (value === null ? '–' : oneDecimal(value))

/** The tension trend in full: a larger chart and each 7-day block's figures. */
export function TensionDetail({ data }: { data: ReportData }) {
  const weeks = weeklyTension(data)
  return (
    <section aria-labelledby="detail-tension">
      <h2 id="detail-tension">Tension self-rating, week by week</h2>
      {data.ratingCount === 0 ? (
        <p>No self-ratings in this period.</p>
      ) : (
        <>
          <TensionChart days={data.days} from={data.from} to={data.to} tall />
          <table aria-label="Tension per week">
            <thead>
              <tr>
                <th>7 days from</th>
                <th className={styles['num']}>Days rated</th>
                <th className={styles['num']}>Average</th>
                <th className={styles['num']}>Lowest day</th>
                <th className={styles['num']}>Highest day</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.firstDay}>
                  <td>{localDayLabel(w.firstDay)}</td>
                  <td className={styles['num']}>{w.daysRated}</td>
                  <td className={styles['num']}>{dash(w.mean)}</td>
                  <td className={styles['num']}>{dash(w.lowest)}</td>
                  <td className={styles['num']}>{dash(w.highest)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={styles['small']}>
            Each figure is an average of daily averages (0 loose – 10 as tight as can be).
          </p>
        </>
      )}
    </section>
  )
}
