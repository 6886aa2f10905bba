import { useEffect } from 'react'
import type { CustomPractice } from '../../../electron/shared/contract/practice'
import type { PracticeScript } from '../../../electron/shared/practice/script-schema'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import { useLocale, useT } from '../i18n/i18n-context'
import { CustomPractices } from './CustomPractices'
import { formatLength, type Translate } from './format'
import { libraryProblems } from './library'
import { useBuiltInPractices } from './localized'
import { RecentSessions } from './RecentSessions'
import { TraumaReleaseCard } from './TraumaReleaseCard'
import styles from './practice.module.css'

const CATEGORY_LABELS: Record<PracticeScript['category'], MessageKey> = {
  'body-scan': 'practice.category.bodyScan',
  breathing: 'practice.category.breathing',
  rest: 'practice.category.rest',
  movement: 'practice.category.movement',
  timer: 'practice.category.timer',
}

/** "5 / 10 / 20 min": the lengths a practice offers, numbers in the locale's digits. */
function lengths(t: Translate, formatLocale: string, script: PracticeScript): string {
  if (script.category === 'timer') return t('practice.library.anyLength')
  const all = script.lengthsMin
  if (all.length === 1) return formatLength(t, all[0] ?? 0)
  if (!all.every(Number.isInteger)) return all.map((m) => formatLength(t, m)).join(' / ')
  const number = new Intl.NumberFormat(formatLocale)
  return t('practice.library.lengths', { lengths: all.map((m) => number.format(m)).join(' / ') })
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
  const { t } = useT()
  const locale = useLocale()
  const practices = useBuiltInPractices()
  return (
    <div className={styles['practice-library']}>
      <ul className={styles['practice-cards']} aria-label={t('practice.library.label')}>
        {practices.map((script) => (
          <li key={script.id}>
            <a
              className={styles['practice-card']}
              href={`#/practice/${script.id}`}
              data-practice-id={script.id}
            >
              <span className={styles['practice-card-meta']}>
                {t(CATEGORY_LABELS[script.category])} · {lengths(t, locale.format, script)}
              </span>
              <strong className={styles['practice-card-title']}>{script.title}</strong>
              <span className="practice-card-summary">{script.summary}</span>
            </a>
          </li>
        ))}
      </ul>
      {libraryProblems.length > 0 ? (
        <p role="alert" className="form-error">
          {t('practice.library.problems', { count: libraryProblems.length })}
        </p>
      ) : null}
      {customError ? (
        <p role="alert" className="form-error">
          {t('practice.library.customError', { reason: customError })}
        </p>
      ) : null}
      <CustomPractices items={customs} onOpen={onOpen} />
      <RecentSessions />
      <TraumaReleaseCard />
    </div>
  )
}
