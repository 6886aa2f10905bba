import { EmptyState } from '../components/EmptyState'

export function RemindersScreen() {
  return (
    <EmptyState title="Break reminders are not set up yet">
      <p>
        Loosen will count the time you spend sitting at the computer and nudge you to stand and
        move, without interrupting real breaks or evenings.
      </p>
    </EmptyState>
  )
}
