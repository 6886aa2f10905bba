import type { ReactNode } from 'react'
import { useRich, useT } from '../i18n/i18n-context'

const cite = (chunks: ReactNode[]) => <cite>{chunks}</cite>

/**
 * What the breathing and break advice rests on, in Loosen's own words, with the sources, so a
 * reader (or their physio) can look them up. The citations stay as published.
 */
export function BreathingResearch() {
  const { t } = useT()
  const rich = useRich()
  return (
    <>
      <p>{t('components.research.intro')}</p>
      <ul className="sources">
        <li>{rich('components.research.slow', { cite })}</li>
        <li>{rich('components.research.resonance', { cite })}</li>
        <li>{rich('components.research.longerOut', { cite })}</li>
        <li>{rich('components.research.sighing', { cite })}</li>
        <li>{rich('components.research.sitting', { cite })}</li>
      </ul>
    </>
  )
}
