import type { Rating } from '../../../electron/shared/contract/log'
import { formatWhen, outOfTen } from '../log/format'

interface CheckinCardProps {
  last: Rating | null
  onCheckIn: () => void
}

/** One tap opens the quick log (the same dialog as Alt+L). */
export function CheckinCard({ last, onCheckIn }: CheckinCardProps) {
  return (
    <section className="card" aria-labelledby="today-checkin">
      <h2 id="today-checkin">How do your hips feel?</h2>
      <p className="muted">
        {last
          ? `Your last self-rating was ${outOfTen(last.value)}, ${formatWhen(last.takenAt)}.`
          : 'No check-ins yet. A number from 0 to 10 is all it takes.'}
      </p>
      <div className="button-row">
        <button type="button" onClick={onCheckIn} aria-keyshortcuts="Alt+L">
          Check in
        </button>
      </div>
    </section>
  )
}
