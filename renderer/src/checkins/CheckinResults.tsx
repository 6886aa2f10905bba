import type { ReactNode } from 'react'
import type { Checkin } from '../../../electron/shared/contract/checkins'
import {
  pegChangeSentence,
  summarizeGlobalChange,
  summarizePeg,
} from '../../../electron/shared/checkins/summary'
import { useLocale, useT, useRich } from '../i18n/i18n-context'
import styles from './checkins.module.css'

const muted = (chunks: ReactNode[]) => <span className="muted">{chunks}</span>

/** The latest scores with what they mean, and a "meaningful change" flag where research has one. */
export function CheckinResults({ checkins }: { checkins: readonly Checkin[] }) {
  const translator = useT()
  const { t } = translator
  const rich = useRich()
  const locale = useLocale()
  const day = (epochMs: number) =>
    new Date(epochMs).toLocaleDateString(locale.format, { dateStyle: 'medium' })
  const score = (value: number) =>
    value.toLocaleString(locale.format, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const peg = summarizePeg(checkins)
  const change = summarizeGlobalChange(checkins)
  if (!peg.latest && !change.latest) {
    return <p className="muted">{t('checkins.results.none')}</p>
  }
  const pegSentence = pegChangeSentence(peg, translator)
  const meaningful = peg.change === 'moderate' || peg.change === 'substantial'
  return (
    <div>
      {peg.latest ? (
        <section aria-label={t('checkins.results.pegHeading')}>
          <h3>{t('checkins.results.pegHeading')}</h3>
          <p className={styles['score']}>
            {rich('checkins.results.pegScore', {
              score: score(peg.latest.score),
              date: day(peg.latest.takenAt),
              muted,
            })}
          </p>
          <p>{t('checkins.summary.pegMeaning')}</p>
          {pegSentence ? (
            <p>
              {meaningful ? (
                <span className={styles['flag']}>{t('checkins.results.meaningful')}</span>
              ) : null}{' '}
              {pegSentence}
            </p>
          ) : (
            <p className="muted">{t('checkins.results.pegNext')}</p>
          )}
        </section>
      ) : null}
      {change.latest ? (
        <section aria-label={t('checkins.results.overallHeading')}>
          <h3>{t('checkins.results.overallHeading')}</h3>
          <p className={styles['score']}>
            {rich('checkins.results.overallScore', {
              answer: t(change.latest.labelKey),
              date: day(change.latest.takenAt),
              muted,
            })}
          </p>
          {change.latest.meaningful ? (
            <p>
              <span className={styles['flag']}>{t('checkins.results.meaningful')}</span>{' '}
              {t('checkins.results.overallMeaningful')}
            </p>
          ) : null}
          <p className="muted">{t('checkins.results.overallAbout')}</p>
        </section>
      ) : null}
      <p className={styles['borrowed']}>
        {t('checkins.summary.borrowedNote')} {t('checkins.results.selfReport')}
      </p>
    </div>
  )
}
