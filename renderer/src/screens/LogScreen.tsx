import { EmptyState } from '../components/EmptyState'

export function LogScreen() {
  return (
    <EmptyState title="No tension ratings yet">
      <p>
        Here you will rate how tense your hips feel from 0 (loose) to 10 (as tight as can be): a
        quick self-rating you can take before and after practice, or whenever you notice it.
      </p>
    </EmptyState>
  )
}
