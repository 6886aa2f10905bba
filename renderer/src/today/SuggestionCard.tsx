import { useT } from '../i18n/i18n-context'
import { findBuiltIn } from '../practice/library'
import type { Suggestion } from './suggest'
import styles from './today.module.css'

interface SuggestionCardProps {
  suggestion: Suggestion
  onStart: (practiceId: string) => void
}

export function SuggestionCard({ suggestion, onStart }: SuggestionCardProps) {
  const { t, plain } = useT()
  const practice = findBuiltIn(suggestion.practiceId)
  // The practice's own title in the person's language (script words are translated by id).
  const title = practice
    ? plain(`script.${practice.id}.title`, practice.title)
    : t('today.suggestion.fallbackTitle')
  return (
    <section className={`card ${styles['hero'] ?? ''}`} aria-labelledby="today-suggestion">
      <p className={styles['eyebrow']}>{t('today.suggestion.eyebrow')}</p>
      <h2 id="today-suggestion">{title}</h2>
      <p>{t(suggestion.whyKey, suggestion.whyValues)}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => onStart(suggestion.practiceId)}>
          {t('today.suggestion.open', { title })}
        </button>
      </div>
    </section>
  )
}
