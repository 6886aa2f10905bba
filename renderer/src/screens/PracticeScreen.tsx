import { useState } from 'react'
import type { ScreenProps } from '../app/screens'
import { EmptyState } from '../components/EmptyState'
import { useT } from '../i18n/i18n-context'
import { Library } from '../practice/Library'
import { PracticeRun } from '../practice/PracticeRun'
import { ResonanceFinder } from '../practice/ResonanceFinder'
import { entryFor } from '../practice/session-plan'
import { useCustomPractices } from '../practice/use-practice-data'
import styles from '../practice/practice.module.css'

/** The library, or, with a practice id in the route (#/practice/<id>), that practice. */
export function PracticeScreen({ detail, navigate }: ScreenProps) {
  const customs = useCustomPractices()
  const translator = useT()
  const { t } = translator
  // The practice last open on this screen, so the library can hand its card the focus back.
  const [lastOpen, setLastOpen] = useState<string | null>(null)
  if (detail && detail !== lastOpen) setLastOpen(detail)
  if (!detail) {
    return (
      <Library
        customs={customs.items}
        customError={customs.error}
        onOpen={(id) => navigate('practice', id)}
        returnTo={lastOpen}
      />
    )
  }
  if (detail === 'resonance-finder') return <ResonanceFinder onDone={() => navigate('practice')} />
  const entry = entryFor(detail, customs.items, translator)
  if (!entry) {
    if (customs.loading) return <p className={styles['hint']}>{t('practice.screen.loading')}</p>
    return (
      <EmptyState
        title={t('practice.screen.notFoundTitle')}
        action={
          <button type="button" onClick={() => navigate('practice')}>
            {t('practice.backToPractices')}
          </button>
        }
      >
        <p>{t('practice.screen.notFoundText')}</p>
      </EmptyState>
    )
  }
  return <PracticeRun key={detail} entry={entry} onDone={() => navigate('practice')} />
}
