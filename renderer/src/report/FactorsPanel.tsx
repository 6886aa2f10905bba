import { useState } from 'react'
import { useApiQuery } from '../data/use-api-query'
import { useT, useRich } from '../i18n/i18n-context'
import styles from '../checkins/checkins.module.css'
import { factorLabel, factorSentence } from './factor-text'
import { periodEndingNow } from './ReportPanel'

const REFRESH = {
  refreshOn: [
    { kind: 'data', domain: 'log' },
    { kind: 'data', domain: 'practice' },
    { kind: 'data', domain: 'reminders' },
  ],
} as const

/** Per tag and habit: average tension on days with it against days without, over 90 days. */
export function FactorsPanel() {
  // Fixed when the panel opens, so the query is not asked again on every render.
  const [period] = useState(() => periodEndingNow(90))
  const translator = useT()
  const { t } = translator
  const rich = useRich()
  const query = useApiQuery('report:factors', period, REFRESH)
  return (
    <section className={styles['panel']} aria-labelledby="factors-title">
      <h2 id="factors-title">{t('report.factorsPanel.heading')}</h2>
      <p className="form-hint">{t('report.factorsPanel.hint')}</p>
      {query.error ? <p className="form-error">{query.error.message}</p> : null}
      {query.data?.length === 0 ? (
        <p className="muted">{t('report.factorsPanel.notEnough')}</p>
      ) : null}
      {query.data && query.data.length > 0 ? (
        <ul aria-label={t('report.factorsPanel.list')}>
          {query.data.map((effect) => (
            <li key={effect.factor}>
              {rich('report.factorsPanel.item', {
                label: factorLabel(effect.factor, translator),
                sentence: factorSentence(effect, translator),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
