import type { ReactNode } from 'react'
import { useApiQuery } from '../data/use-api-query'
import { BreathingResearch } from '../components/BreathingResearch'
import { SafetyNoteText } from '../components/SafetyNoteText'
import { useShellActions } from '../app/shell-actions'
import { useRich, useT } from '../i18n/i18n-context'

const kbd = (chunks: ReactNode[]) => <kbd>{chunks}</kbd>
const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>

export function AboutScreen() {
  const { t } = useT()
  const rich = useRich()
  const query = useApiQuery('app:info', undefined, { refreshOn: [] })
  const info = query.data
  const infoError = query.error?.message ?? null
  const { showWelcome } = useShellActions()

  return (
    <article className="about">
      <section aria-labelledby="about-safety">
        <h2 id="about-safety">{t('about.safety.heading')}</h2>
        <SafetyNoteText />
        <div className="button-row">
          <button type="button" onClick={showWelcome}>
            {t('about.safety.showWelcome')}
          </button>
        </div>
      </section>
      <section aria-labelledby="about-stopping">
        <h2 id="about-stopping">{t('about.stopping.heading')}</h2>
        <ul>
          <li>{rich('about.stopping.anyMoment', { strong, kbd })}</li>
          <li>{t('about.stopping.lightHeaded')}</li>
          <li>{t('about.stopping.getUp')}</li>
        </ul>
      </section>
      <section aria-labelledby="about-research">
        <h2 id="about-research">{t('about.research.heading')}</h2>
        <BreathingResearch />
      </section>
      <section aria-labelledby="about-data">
        <h2 id="about-data">{t('about.data.heading')}</h2>
        <p>{t('about.data.text')}</p>
        {info ? (
          <dl className="facts">
            <dt>{t('about.data.folder')}</dt>
            <dd>
              <code>{info.dataFolder}</code>
            </dd>
            <dt>{t('about.data.file')}</dt>
            <dd>
              <code>{info.databaseFile}</code>
            </dd>
            <dt>{t('about.data.version')}</dt>
            <dd>{info.version}</dd>
          </dl>
        ) : null}
        {infoError ? (
          <p role="alert" className="form-error">
            {t('about.data.lookupFailed', { reason: infoError })}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="about-keys">
        <h2 id="about-keys">{t('about.keys.heading')}</h2>
        <ul>
          <li>{rich('about.keys.screens', { kbd })}</li>
          <li>{rich('about.keys.quickLog', { kbd })}</li>
          <li>{rich('about.keys.practice', { kbd })}</li>
          <li>{rich('about.keys.tab', { kbd })}</li>
        </ul>
      </section>
    </article>
  )
}
