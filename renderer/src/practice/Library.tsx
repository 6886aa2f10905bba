import { useEffect } from 'react'
import type { CustomPractice } from '../../../electron/shared/contract/practice'
import type { PracticeScript } from '../../../electron/shared/practice/script-schema'
import { CustomPractices } from './CustomPractices'
import { formatLength } from './format'
import { builtInPractices, libraryProblems } from './library'
import { RecentSessions } from './RecentSessions'
import { TraumaReleaseCard } from './TraumaReleaseCard'
import styles from './practice.module.css'

const CATEGORY_LABELS: Record<PracticeScript['category'], string> = {
  'body-scan': 'Body scan',
  breathing: 'Breathing',
  rest: 'Rest',
  movement: 'Movement',
  timer: 'Timer',
}

function lengths(script: PracticeScript): string {
  if (script.category === 'timer') return 'Any length or open-ended'
  const all = script.lengthsMin
  return all.length === 1
    ? formatLength(all[0] ?? 0)
    : `${all.map((m) => formatLength(m).replace(' min', '')).join(' / ')} min`
}

interface LibraryProps {
  customs: CustomPractice[]
  customError: string | null
  onOpen: (id: string) => void
  /** The practice the user just left: its card takes the focus back. */
  returnTo?: string | null
}

/**
 * Back from a practice, the library starts at its top with focus on the card the user came
 * from, scrolled only as far as that card needs to be seen.
 */
function useReturnFocus(returnTo: string | null) {
  useEffect(() => {
    if (!returnTo) return
    const card = document.querySelector<HTMLElement>(`[data-practice-id="${CSS.escape(returnTo)}"]`)
    window.scrollTo(0, 0)
    if (!card) return
    card.focus({ preventScroll: true })
    card.scrollIntoView({ block: 'nearest' })
  }, [returnTo])
}

export function Library({ customs, customError, onOpen, returnTo = null }: LibraryProps) {
  useReturnFocus(returnTo)
  return (
    <div className={styles['practice-library']}>
      <ul className={styles['practice-cards']} aria-label="Practices">
        {builtInPractices.map((script) => (
          <li key={script.id}>
            <a
              className={styles['practice-card']}
              href={`#/practice/${script.id}`}
              data-practice-id={script.id}
            >
              <span className={styles['practice-card-meta']}>
                {CATEGORY_LABELS[script.category]} · {lengths(script)}
              </span>
              <strong className={styles['practice-card-title']}>{script.title}</strong>
              <span className="practice-card-summary">{script.summary}</span>
            </a>
          </li>
        ))}
      </ul>
      {libraryProblems.length > 0 ? (
        <p role="alert" className="form-error">
          {libraryProblems.length === 1 ? 'One practice' : `${libraryProblems.length} practices`}{' '}
          could not be loaded and {libraryProblems.length === 1 ? 'is' : 'are'} hidden.
        </p>
      ) : null}
      {customError ? (
        <p role="alert" className="form-error">
          Your own practices could not be loaded: {customError}
        </p>
      ) : null}
      <CustomPractices items={customs} onOpen={onOpen} />
      <RecentSessions />
      <TraumaReleaseCard />
    </div>
  )
}
