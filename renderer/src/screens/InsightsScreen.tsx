import { EmptyState } from '../components/EmptyState'

export function InsightsScreen() {
  return (
    <EmptyState title="Nothing to chart yet">
      <p>
        Once you have logged a few self-ratings, this screen will show how your hip tension moves
        over the weeks and which practices seem to help you most.
      </p>
    </EmptyState>
  )
}
