import type { FactorEffect } from '../../../electron/shared/contract/report'
import { factorLabel, factorSentence } from './factor-text'
import styles from './report.module.css'

const MAX_SHOWN = 4

/** The clear associations only, largest first; the rest are summed up in one line. */
export function FactorsSection({ factors }: { factors: readonly FactorEffect[] }) {
  const clear = [...factors]
    .filter((f) => f.clear)
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))
    .slice(0, MAX_SHOWN)
  return (
    <section aria-labelledby="report-factors">
      <h2 id="report-factors">What goes with better days (associations, not causes)</h2>
      {factors.length === 0 ? (
        <p>Too few days to compare tags or habits (at least 7 days with and 7 without).</p>
      ) : clear.length === 0 ? (
        <p>No tag or habit went with a clear difference in tension ({factors.length} compared).</p>
      ) : (
        <ul className={styles['factors']}>
          {clear.map((effect) => (
            <li key={effect.factor}>
              {factorLabel(effect.factor)}: {factorSentence(effect)}
            </li>
          ))}
        </ul>
      )}
      <p className={styles['small']}>
        Days with a tag or habit against days without, 95% Welch t interval; {factors.length}{' '}
        compared, {factors.filter((f) => f.clear).length} clear. These go together in the
        self-reports; they do not show that one causes the other.
      </p>
    </section>
  )
}
