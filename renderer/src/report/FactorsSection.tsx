import type { FactorEffect } from '../../../electron/shared/contract/report'
import { useT } from '../i18n/i18n-context'
import { factorLabel, factorSentence } from './factor-text'
import styles from './report.module.css'

const MAX_SHOWN = 4

/** The clear associations only, largest first; the rest are summed up in one line. */
export function FactorsSection({ factors }: { factors: readonly FactorEffect[] }) {
  const translator = useT()
  const { t } = translator
  const clear = [...factors]
    .filter((f) => f.clear)
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))
    .slice(0, MAX_SHOWN)
  return (
    <section aria-labelledby="report-factors">
      <h2 id="report-factors">{t('report.factors.heading')}</h2>
      {factors.length === 0 ? (
        <p>{t('report.factors.tooFew')}</p>
      ) : clear.length === 0 ? (
        <p>{t('report.factors.noneClear', { compared: factors.length })}</p>
      ) : (
        <ul className={styles['factors']}>
          {clear.map((effect) => (
            <li key={effect.factor}>
              {t('report.factors.item', {
                label: factorLabel(effect.factor, translator),
                sentence: factorSentence(effect, translator),
              })}
            </li>
          ))}
        </ul>
      )}
      <p className={styles['small']}>
        {t('report.factors.note', {
          compared: factors.length,
          clear: factors.filter((f) => f.clear).length,
        })}
      </p>
    </section>
  )
}
