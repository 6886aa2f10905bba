import { EmptyState } from '../components/EmptyState'

export function PracticeScreen() {
  return (
    <EmptyState title="Guided practice is on its way">
      <p>
        Body scans for the hips and pelvis, slow belly breathing and short movement breaks will
        appear here. Until then, try this: lie on your back with your knees bent and feet flat, rest
        a hand on your belly, and let five slow breaths move it up and down.
      </p>
    </EmptyState>
  )
}
