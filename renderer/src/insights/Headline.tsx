import type { InsightsHeadline } from '../../../electron/shared/log/insights-types'
import { headlineText } from './headline'
import styles from './insights.module.css'

/** One sentence that says where the user's check-ins stand, before any chart. */
export function Headline({ headline }: { headline: InsightsHeadline }) {
  const { sentence, detail } = headlineText(headline)
  return (
    <section className={styles.headline} aria-labelledby="insights-headline">
      <p id="insights-headline" className={styles['headline-sentence']}>
        {sentence}
      </p>
      <p className={styles['headline-detail']}>{detail}</p>
    </section>
  )
}
