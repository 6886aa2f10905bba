import type { ReactNode } from 'react'
import { useRich, useT } from '../i18n/i18n-context'
import styles from './practice.module.css'

/** Information only: Loosen deliberately offers no guided trauma-release protocol. */
export function TraumaReleaseCard() {
  const { t } = useT()
  const rich = useRich()
  return (
    <section className={styles['info-card']} aria-labelledby="tre-title">
      <h2 id="tre-title">{t('practice.tre.heading')}</h2>
      <p>{t('practice.tre.what')}</p>
      <p>
        {rich('practice.tre.feelings', {
          strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
        })}
      </p>
      <h3>{t('practice.tre.groundHeading')}</h3>
      <ul>
        <li>{t('practice.tre.ground.legs')}</li>
        <li>{t('practice.tre.ground.feet')}</li>
        <li>{t('practice.tre.ground.senses')}</li>
        <li>{t('practice.tre.ground.breathe')}</li>
        <li>{t('practice.tre.ground.reachOut')}</li>
      </ul>
    </section>
  )
}
