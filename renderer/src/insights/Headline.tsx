import type { InsightsHeadline } from '../../../electron/shared/log/insights-types'
import { useT } from '../i18n/i18n-context'
import { headlineText } from './headline'
import styles from './insights.module.css'

/** One sentence that says where the user's check-ins stand, before any chart. */
export function Headline({ headline }: { headline: InsightsHeadline }) {
  const t = useT()
  const { sentence, detail } = headlineText(headline, t)
  return (
    <section className={styles.headline} aria-labelledby="insights-headline">
      <p id="insights-headline" className={styles['headline-sentence']}>
        {sentence}
      </p>
      <p className={styles['headline-detail']}>{detail}</p>
    </section>
  )
}
