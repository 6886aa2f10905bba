import type { WeekGlance } from './week'
import styles from './today.module.css'

const oneDecimal = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
})

function days(n: number): string {
  return n === 1 ? '1 day' : `${String(n)} days`
}

function averageLine(label: string, week: WeekGlance['thisWeek']): string {
  if (week.average === null) return `${label}: no check-ins`
  const ratings = week.count === 1 ? '1 check-in' : `${String(week.count)} check-ins`
  return `${label}: ${oneDecimal.format(week.average)} (${ratings})`
}

/** Counts and self-ratings only: what the person reported, never a verdict on it. */
export function WeekCard({ glance }: { glance: WeekGlance | null }) {
  const empty =
    glance !== null &&
    glance.daysPractised === 0 &&
    glance.thisWeek.count === 0 &&
    glance.lastWeek.count === 0
  return (
    <section className="card" aria-labelledby="today-week">
      <h2 id="today-week">This week</h2>
      {glance === null ? (
        <p className="muted">Loading…</p>
      ) : empty ? (
        <p className="muted">
          Nothing here yet, and that is fine. Your week fills in as you practise and check in.
        </p>
      ) : (
        <>
          <p className={styles['big']}>
            {glance.daysPractised === 0
              ? 'No practice yet this week.'
              : `Practised on ${days(glance.daysPractised)} this week.`}
          </p>
          <p className="muted">Your average self-rating of tension (0–10)</p>
          <ul className={styles['averages']}>
            <li>{averageLine('This week', glance.thisWeek)}</li>
            <li>{averageLine('Last week', glance.lastWeek)}</li>
          </ul>
        </>
      )}
    </section>
  )
}
