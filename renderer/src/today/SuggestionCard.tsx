import { findBuiltIn } from '../practice/library'
import type { Suggestion } from './suggest'
import styles from './today.module.css'

interface SuggestionCardProps {
  suggestion: Suggestion
  onStart: (practiceId: string) => void
}

export function SuggestionCard({ suggestion, onStart }: SuggestionCardProps) {
  const title = findBuiltIn(suggestion.practiceId)?.title ?? 'A short practice'
  return (
    <section className={`card ${styles['hero'] ?? ''}`} aria-labelledby="today-suggestion">
      <p className={styles['eyebrow']}>Suggested for now</p>
      <h2 id="today-suggestion">{title}</h2>
      <p>{suggestion.why}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => onStart(suggestion.practiceId)}>
          Open {title}
        </button>
      </div>
    </section>
  )
}
